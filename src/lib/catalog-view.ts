import type { Model } from '../schemas/index.ts';

/** The part of an entry the list helpers need: its slug and frontmatter. */
export type Entry = { id: string; data: Model };

/** Newest first; undated entries last, then by name. */
export function byReleasedDesc<T extends Entry>(a: T, b: T): number {
  const ra = a.data.released ?? '';
  const rb = b.data.released ?? '';
  if (ra !== rb) return ra < rb ? 1 : -1;
  return a.data.name.localeCompare(b.data.name, 'en');
}

/** Recently added first (by `added`), then newest release. */
export function recentlyAdded<T extends Entry>(entries: readonly T[], count: number): T[] {
  return [...entries]
    .sort((a, b) => (a.data.added !== b.data.added ? (a.data.added < b.data.added ? 1 : -1) : byReleasedDesc(a, b)))
    .slice(0, count);
}

/** Entries whose `base_models` name `id`: the models built on it. */
export function derivedFrom<T extends Entry>(entries: readonly T[], id: string): T[] {
  return entries.filter((e) => e.data.base_models?.includes(id)).sort(byReleasedDesc);
}

/** Entries that name `id` as their previous generation: the next generations of its line. */
export function nextGenerations<T extends Entry>(entries: readonly T[], id: string): T[] {
  return entries.filter((e) => e.data.previous === id).sort(byReleasedDesc).reverse();
}

/** Entries that point at `id` as their family. */
export function familyMembers<T extends Entry>(entries: readonly T[], id: string): T[] {
  return entries.filter((e) => e.data.family === id).sort(byReleasedDesc);
}

/** Groups entries under each key a selector returns (an entry may sit under several keys). */
export function groupBy<T extends Entry>(entries: readonly T[], keys: (entry: T) => readonly string[] | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of keys(entry) ?? []) {
      const list = groups.get(key);
      if (list) list.push(entry);
      else groups.set(key, [entry]);
    }
  }
  for (const list of groups.values()) list.sort(byReleasedDesc);
  return groups;
}

/** The largest released size, used as the sort key for parameters (0 when undisclosed). */
export function largestSize(model: Model): number {
  return model.parameters?.at(-1) ?? 0;
}

/** Entries built on `id` through one or more intermediate entries (not directly), nearest first. */
export function indirectDescendants<T extends Entry>(entries: readonly T[], id: string): T[] {
  const direct = new Set(derivedFrom(entries, id).map((e) => e.id));
  const seen = new Set<string>([id, ...direct]);
  const found: T[] = [];
  let frontier = [...direct];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const parent of frontier) {
      for (const child of derivedFrom(entries, parent)) {
        if (seen.has(child.id)) continue;
        seen.add(child.id);
        found.push(child);
        next.push(child.id);
      }
    }
    frontier = next;
  }
  return found;
}

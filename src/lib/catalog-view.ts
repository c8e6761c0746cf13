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

/** The date an entry last changed in the catalog: `updated` when set, else `added`. */
export function changedOn(entry: Entry): string {
  return entry.data.updated ?? entry.data.added;
}

/** Most recently added or updated first, then newest release. */
export function recentlyChanged<T extends Entry>(entries: readonly T[], count: number): T[] {
  return [...entries].sort((a, b) => (changedOn(a) !== changedOn(b) ? (changedOn(a) < changedOn(b) ? 1 : -1) : byReleasedDesc(a, b))).slice(0, count);
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


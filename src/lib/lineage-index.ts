import { byReleasedDesc, type Entry } from './catalog-view.ts';

/** Parent → children and previous → next generation, built once for the whole catalog (linear in its size). */
export type LineageIndex<T extends Entry> = {
  children: (id: string) => T[];
  next: (id: string) => T[];
  /** Entries built on `id` through one or more intermediate entries, nearest first. */
  indirectDescendants: (id: string) => T[];
  /** Slugs of every entry `id` was built on, directly or through others, nearest first. */
  ancestors: (id: string) => string[];
};

export function buildLineageIndex<T extends Entry>(entries: readonly T[]): LineageIndex<T> {
  const children = new Map<string, T[]>();
  const next = new Map<string, T[]>();
  for (const entry of entries) {
    for (const base of entry.data.base_models ?? []) (children.get(base) ?? children.set(base, []).get(base)!).push(entry);
    if (entry.data.previous) (next.get(entry.data.previous) ?? next.set(entry.data.previous, []).get(entry.data.previous)!).push(entry);
  }
  for (const list of children.values()) list.sort(byReleasedDesc);
  for (const list of next.values()) list.sort(byReleasedDesc).reverse();
  const childrenOf = (id: string) => children.get(id) ?? [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    children: childrenOf,
    next: (id) => next.get(id) ?? [],
    indirectDescendants: (id) => {
      const direct = childrenOf(id);
      const seen = new Set<string>([id, ...direct.map((e) => e.id)]);
      const found: T[] = [];
      let frontier = direct;
      while (frontier.length > 0) {
        const following: T[] = [];
        for (const parent of frontier) {
          for (const child of childrenOf(parent.id)) {
            if (seen.has(child.id)) continue;
            seen.add(child.id);
            found.push(child);
            following.push(child);
          }
        }
        frontier = following;
      }
      return found;
    },
    ancestors: (id) => {
      const found: string[] = [];
      const seen = new Set([id]);
      let frontier = [id];
      while (frontier.length > 0) {
        const following: string[] = [];
        for (const current of frontier) {
          for (const base of byId.get(current)?.data.base_models ?? []) {
            if (seen.has(base)) continue;
            seen.add(base);
            found.push(base);
            following.push(base);
          }
        }
        frontier = following;
      }
      return found;
    },
  };
}

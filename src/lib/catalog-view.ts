import type { Model } from '../schemas/index.ts';

/** The part of an entry the list helpers need: its slug and frontmatter. */
export type Entry = { id: string; data: Model };

// One collator per ordering, made once: `localeCompare` with a locale builds a new one on every comparison,
// and a build sorts tens of thousands of names.
/** Names in English order, as `localeCompare(b, 'en')`. */
export const compareNames = new Intl.Collator('en').compare;
const compareLoose = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;
const compareBase = new Intl.Collator('en', { sensitivity: 'base' }).compare;

/** Newest first; undated entries last, then by name. */
export function byReleasedDesc<T extends Entry>(a: T, b: T): number {
  const ra = a.data.released ?? '';
  const rb = b.data.released ?? '';
  if (ra !== rb) return ra < rb ? 1 : -1;
  return compareNames(a.data.name, b.data.name);
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


/** How many entries a list page shows: enough to scan, few enough that a page stays small on a phone. */
export const LIST_PAGE_SIZE = 60;

/** The orders the entry list offers, besides newest release first. */
export const LIST_SORTS = ['name', 'organization', 'size', 'oldest'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** Entries in a list order; `leadName` gives an entry's lead maker's name for the organization order. */
export function sortEntries<T extends Entry>(entries: readonly T[], sort: ListSort | 'released', leadName: (entry: T) => string): T[] {
  const byName = (a: T, b: T) => compareLoose(a.data.name, b.data.name);
  const list = [...entries];
  switch (sort) {
    case 'name':
      return list.sort(byName);
    case 'organization':
      return list.sort((a, b) => compareBase(leadName(a), leadName(b)) || byName(a, b));
    case 'size':
      return list.sort((a, b) => largestSize(b.data) - largestSize(a.data) || byName(a, b));
    case 'oldest':
      return list.sort((a, b) => -byReleasedDesc(a, b));
    default:
      return list.sort(byReleasedDesc);
  }
}

/** How many pages a list of `count` entries takes (an empty list still has its page). */
function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/** Page `n` (1-based) of a list, and how many pages there are. */
export function pageOf<T>(items: readonly T[], n: number, size = LIST_PAGE_SIZE): { items: T[]; page: number; pages: number; from: number } {
  return { items: items.slice((n - 1) * size, n * size), page: n, pages: pageCount(items.length, size), from: (n - 1) * size + 1 };
}

/** Static paths for a paginated list: page 1 at the list's own address, later pages at <list>/2/, <list>/3/ … */
export function pageParams(count: number, size = LIST_PAGE_SIZE): { page: string | undefined; n: number }[] {
  return Array.from({ length: pageCount(count, size) }, (_, i) => ({ page: i === 0 ? undefined : String(i + 1), n: i + 1 }));
}

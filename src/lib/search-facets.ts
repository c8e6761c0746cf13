import type { Model } from '../schemas/index.ts';

/**
 * Size buckets in billions, as [from, to): an entry is filed under every bucket one of its sizes falls in, so a
 * range search ("7B to 70B") is a search for the buckets inside the range. The edges are the choices the search
 * page offers for params_min / params_max.
 */
export const SIZE_EDGES = [0, 1, 3, 8, 15, 35, 80, 150, 400, 1000] as const;

/** "8-15": the bucket a size in billions falls into. */
export function sizeBucket(billions: number): string {
  let i = SIZE_EDGES.length - 1;
  while (i > 0 && billions < SIZE_EDGES[i]!) i--;
  const from = SIZE_EDGES[i]!;
  const to = SIZE_EDGES[i + 1];
  return to === undefined ? `${from}+` : `${from}-${to}`;
}

/** The buckets entirely inside [min, max] (either may be absent); undefined when the range is open on both sides. */
export function bucketsInRange(min: number | undefined, max: number | undefined): string[] | undefined {
  if (min === undefined && max === undefined) return undefined;
  const buckets: string[] = [];
  for (let i = 0; i < SIZE_EDGES.length; i++) {
    const from = SIZE_EDGES[i]!;
    const to = SIZE_EDGES[i + 1] ?? Infinity;
    if ((min === undefined || from >= min) && (max === undefined || to <= max)) buckets.push(sizeBucket(from));
  }
  return buckets;
}

/** "Can I use it commercially?", grouped the way people ask. */
export const COMMERCIAL_GROUPS = {
  yes: ['yes'],
  conditions: ['restricted', 'by-application'],
  no: ['no'],
  unknown: ['unknown'],
} as const;
export type CommercialGroup = keyof typeof COMMERCIAL_GROUPS;

export function commercialGroup(commercial: string): CommercialGroup {
  return (Object.keys(COMMERCIAL_GROUPS) as CommercialGroup[]).find((g) => (COMMERCIAL_GROUPS[g] as readonly string[]).includes(commercial)) ?? 'unknown';
}

/** Every facet search can narrow by, in the order the search page shows them. */
export const FACETS = ['category', 'commercial', 'access', 'kind', 'modality', 'architecture', 'language', 'organization', 'tag', 'base', 'size', 'active'] as const;
export type Facet = (typeof FACETS)[number];
export type Facets = Partial<Record<Facet, string[]>>;

/**
 * An entry's values for every facet, as slugs: the single place that decides what search can filter an entry by.
 * `ancestors` are all the entries it was built on, directly or not ("built on Qwen2.5" finds fine-tunes of fine-tunes).
 */
export function searchFacets(data: Model, ancestors: readonly string[]): Facets {
  const unique = (values: readonly string[]) => [...new Set(values)];
  const facets: Facets = {
    category: [...data.categories],
    commercial: data.license ? [commercialGroup(data.license.commercial)] : [],
    access: [data.access],
    kind: [data.kind],
    modality: [...(data.modalities ?? [])],
    architecture: data.architecture ? [data.architecture] : [],
    language: [...(data.languages ?? [])],
    organization: [...data.organizations],
    tag: [...(data.tags ?? [])],
    base: [...ancestors],
    size: unique((data.parameters ?? []).map(sizeBucket)),
    active: unique((data.active_parameters ?? []).map(sizeBucket)),
  };
  return Object.fromEntries(Object.entries(facets).filter(([, v]) => v.length > 0));
}

/**
 * Pagefind's `data-pagefind-filter` values for an entry's facets, one per element ("category:chat"): Pagefind reads
 * one filter from each attribute, so every value gets an empty element of its own.
 */
export function pagefindFilterValues(facets: Facets): string[] {
  return Object.entries(facets).flatMap(([facet, values]) => values.map((v) => `${facet}:${v.replaceAll(',', '\\,')}`));
}

/** Whether an entry's facets satisfy a filter: values of one facet widen (any), different facets narrow (all). */
export function matchesFilters(facets: Facets, filters: Partial<Record<Facet, readonly string[]>>): boolean {
  return Object.entries(filters).every(([facet, wanted]) => !wanted?.length || wanted.some((v) => facets[facet as Facet]?.includes(v)));
}

import type { UIKey } from '../i18n/ui.ts';
import { FACETS, SIZE_EDGES, bucketsInRange, type Facet } from './search-facets.ts';
// Filter values are slugs, as in the entries' files; anything else in a URL is ignored.
import { SLUG_PATTERN } from './slug-pattern.ts';

/** Facets chosen by value in the URL (?category=medical&category=legal); size and active come from ranges instead. */
export const VALUE_FACETS = FACETS.filter((f): f is Exclude<Facet, 'size' | 'active'> => f !== 'size' && f !== 'active');
export type ValueFacet = (typeof VALUE_FACETS)[number];

/** Sort choices: a Pagefind sort key and direction, or relevance (empty). */
export const SEARCH_SORTS = [
  { value: '', label: 'search.sort.relevance' },
  { value: 'released:desc', label: 'search.sort.releasedDesc' },
  { value: 'released:asc', label: 'search.sort.releasedAsc' },
  { value: 'parameters:desc', label: 'search.sort.paramsDesc' },
  { value: 'parameters:asc', label: 'search.sort.paramsAsc' },
] as const satisfies readonly { value: string; label: UIKey }[];

/** The ranges in billions, as URL parameters. */
export const RANGES = ['params_min', 'params_max', 'active_min', 'active_max'] as const;
export type Range = (typeof RANGES)[number];

/** The search state kept in the page URL, so a search can be linked and reloaded. */
export type SearchState = {
  query: string;
  filters: Partial<Record<ValueFacet, string[]>>;
  ranges: Partial<Record<Range, number>>;
  sort: string;
};

/**
 * The longest query searched, in characters. Longer text is cut: no model name comes near it, and a
 * 10,000-character query would keep Pagefind's worker busy for half a minute.
 */
export const MAX_QUERY_LENGTH = 100;


export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of VALUE_FACETS) {
    const values = [...new Set(params.getAll(facet).filter((v) => SLUG_PATTERN.test(v)))];
    if (values.length) filters[facet] = values;
  }
  const ranges: SearchState['ranges'] = {};
  for (const range of RANGES) {
    const value = Number(params.get(range));
    // Only the offered edges: a range is searched as the size buckets inside it, exactly.
    if (params.has(range) && (SIZE_EDGES as readonly number[]).includes(value) && value > 0) ranges[range] = value;
  }
  const sort = params.get('sort') ?? '';
  return {
    query: [...(params.get('q') ?? '').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim(),
    filters,
    ranges,
    sort: SEARCH_SORTS.some((s) => s.value === sort) ? sort : '',
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of VALUE_FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  for (const range of RANGES) if (state.ranges[range] !== undefined) params.set(range, String(state.ranges[range]));
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** Every facet filter of a state, ranges turned into size buckets: what an entry's facets must match. */
export function stateFilters(state: SearchState): Partial<Record<Facet, string[]>> {
  const filters: Partial<Record<Facet, string[]>> = { ...state.filters };
  const size = bucketsInRange(state.ranges.params_min, state.ranges.params_max);
  const active = bucketsInRange(state.ranges.active_min, state.ranges.active_max);
  if (size) filters.size = size;
  if (active) filters.active = active;
  return filters;
}

/** Pagefind's options: values of one facet widen (`any`), facets narrow each other; a sort key and direction. */
export function toPagefindOptions(state: SearchState): { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, { any: string[] }> = {};
  for (const [facet, values] of Object.entries(stateFilters(state))) filters[facet] = { any: values.length ? values : ['-none-'] };
  if (!state.sort) return { filters };
  const [key, direction] = state.sort.split(':') as [string, 'asc' | 'desc'];
  return { filters, sort: { [key]: direction } };
}

/** Whether a state asks for anything: a query, a filter, a range or a sort (a sort alone lists the whole catalog). */
export function isActive(state: SearchState): boolean {
  return state.query.length > 0 || Object.keys(stateFilters(state)).length > 0 || state.sort !== '';
}

/** Puts the entry a query names exactly at the top, once, ahead of Pagefind's ranking. */
export function withDirectHitFirst<T extends { id: string }>(results: readonly T[], hit: T | undefined): T[] {
  return hit ? [hit, ...results.filter((r) => r.id !== hit.id)] : [...results];
}

/**
 * The slug of the entry a query names exactly (by its folded name), or undefined. Reads only the index's own
 * keys: "constructor" or "__proto__" typed as a query must not reach Object.prototype.
 */
export function exactNameHit(names: Readonly<Record<string, string>>, folded: string): string | undefined {
  if (!folded || !Object.hasOwn(names, folded)) return undefined;
  const slug = names[folded];
  return typeof slug === 'string' ? slug : undefined;
}

import type { UIKey } from '../i18n/ui.ts';

/** The Pagefind filters the search page offers, in order; entry pages tag their facts with these keys. */
export const SEARCH_FILTERS = ['category', 'organization', 'access', 'commercial', 'language', 'kind'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Sort choices: a Pagefind sort key and direction, or relevance (empty). */
export const SEARCH_SORTS = [
  { value: '', label: 'search.sort.relevance' },
  { value: 'released:desc', label: 'search.sort.releasedDesc' },
  { value: 'released:asc', label: 'search.sort.releasedAsc' },
  { value: 'parameters:desc', label: 'search.sort.paramsDesc' },
  { value: 'parameters:asc', label: 'search.sort.paramsAsc' },
] as const satisfies readonly { value: string; label: UIKey }[];

/** The search state kept in the page URL, so a search can be linked and reloaded. */
export type SearchState = { query: string; filters: Partial<Record<SearchFilter, string>>; sort: string };

/**
 * The longest query searched, in characters. Longer text is cut: no model name comes near it, and a
 * 10,000-character query would keep Pagefind's worker busy for half a minute.
 */
export const MAX_QUERY_LENGTH = 100;

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') ?? '';
  return {
    query: [...(params.get('q') ?? '').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim(),
    filters,
    sort: SEARCH_SORTS.some((s) => s.value === sort) ? sort : '',
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of SEARCH_FILTERS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** Pagefind's search options for a state: `{ filters: { category: "代码" }, sort: { released: "desc" } }`. */
export function toPagefindOptions(state: SearchState): { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, string> = {};
  for (const key of SEARCH_FILTERS) if (state.filters[key]) filters[key] = state.filters[key]!;
  if (!state.sort) return { filters };
  const [key, direction] = state.sort.split(':') as [string, 'asc' | 'desc'];
  return { filters, sort: { [key]: direction } };
}

/** Whether a state asks for anything: an empty query with no filter shows nothing. */
export function isActive(state: SearchState): boolean {
  return state.query.length > 0 || Object.keys(state.filters).length > 0;
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

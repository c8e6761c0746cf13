import { getCatalog } from './catalog.ts';
import { FACETS, SIZE_EDGES, type Facet } from '../lib/search-facets.ts';
import { t, type Locale } from '../i18n/ui.ts';
import { ACCESS, ARCHITECTURES, CATEGORIES, KINDS, LANGUAGES, MODALITIES } from '../schemas/vocabulary.ts';
import type { Label } from '../schemas/vocabulary.ts';
import { TAGS } from '../schemas/tags.ts';

export type FacetOption = { value: string; label: string; count: number };

/** The choices the search page offers for each facet: only values some entry has, with how many entries have them. */
export async function facetOptions(locale: Locale): Promise<Record<Facet, FacetOption[]>> {
  const catalog = await getCatalog();
  const counts = new Map<Facet, Map<string, number>>(FACETS.map((f) => [f, new Map()]));
  for (const model of catalog.models) {
    for (const [facet, values] of Object.entries(catalog.facets(model.id))) {
      const map = counts.get(facet as Facet)!;
      for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  const vocabulary = (v: Record<string, Label>) => (value: string) => v[value]?.[locale] ?? value;
  const labelers: Record<Facet, (value: string) => string> = {
    category: vocabulary(CATEGORIES),
    commercial: (v) => t(locale, `commercial.${v}` as 'commercial.yes'),
    access: vocabulary(ACCESS),
    kind: vocabulary(KINDS),
    modality: vocabulary(MODALITIES),
    architecture: vocabulary(ARCHITECTURES),
    language: vocabulary(LANGUAGES),
    organization: (v) => {
      const org = catalog.organization(v).data;
      return locale === 'zh' ? (org.name_zh ?? org.name) : org.name;
    },
    tag: (v) => TAGS[v as keyof typeof TAGS]?.[locale] ?? v,
    base: (v) => catalog.model(v).data.name,
    size: (v) => v,
    active: (v) => v,
  };
  // Vocabulary facets keep the vocabulary's order; open-ended ones go by count, then label.
  const ordered: Record<string, readonly string[]> = {
    category: Object.keys(CATEGORIES),
    commercial: ['yes', 'conditions', 'no', 'unknown'],
    access: Object.keys(ACCESS),
    kind: Object.keys(KINDS),
    modality: Object.keys(MODALITIES),
    architecture: Object.keys(ARCHITECTURES),
    language: Object.keys(LANGUAGES),
  };
  return Object.fromEntries(
    FACETS.map((facet) => {
      const map = counts.get(facet)!;
      const options = [...map].map(([value, count]) => ({ value, label: labelers[facet](value), count }));
      const order = ordered[facet];
      options.sort(order ? (a, b) => order.indexOf(a.value) - order.indexOf(b.value) : (a, b) => b.count - a.count || a.label.localeCompare(b.label, locale));
      return [facet, options];
    }),
  ) as Record<Facet, FacetOption[]>;
}

/**
 * The most values one menu (organization, tag, built-on) lists, most common first. They grow with the catalog, and a
 * page stays within its element budget; any other value still works from a link (?organization=…), and the menu then
 * shows it.
 */
export const MENU_LIMIT = 100;

/** The range edges the size selects offer (0 is "no lower bound"). */
export const RANGE_EDGES = SIZE_EDGES.filter((e) => e > 0);

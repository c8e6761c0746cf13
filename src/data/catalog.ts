import { getCollection, type CollectionEntry } from 'astro:content';
import { byReleasedDesc, compareNames, groupBy } from '../lib/catalog-view.ts';
import { buildLineageIndex, type LineageIndex } from '../lib/lineage-index.ts';
import { buildNameIndex } from '../lib/check-catalog.ts';
import { searchFacets, type Facets } from '../lib/search-facets.ts';

export type ModelEntry = CollectionEntry<'models'>;
export type OrganizationEntry = CollectionEntry<'organizations'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type EnglishModelEntry = CollectionEntry<'modelsEn'>;

type Catalog = {
  models: ModelEntry[];
  organizations: OrganizationEntry[];
  sources: SourceEntry[];
  model: (id: string) => ModelEntry;
  organization: (id: string) => OrganizationEntry;
  source: (id: string) => SourceEntry;
  /** Children and next generations of every entry, indexed once per build. */
  lineage: LineageIndex<ModelEntry>;
  /** The English edition of an entry (validation guarantees one exists). */
  english: (id: string) => EnglishModelEntry;
  /** The English description of an organization. */
  englishOrganization: (id: string) => CollectionEntry<'organizationsEn'> | undefined;
  /** Every folded name, alias and variant name → its entry's slug (the index validation uses), built once. */
  names: Map<string, string>;
  /** An entry's search facets, computed once for Pagefind, the name lookup and the filter menus. */
  facets: (id: string) => Facets;
  /** The entries an organization made (as one of their makers), newest first; grouped once per build. */
  madeBy: (organizationId: string) => ModelEntry[];
};

let cached: Promise<Catalog> | undefined;

/** Throws rather than render a page with a dangling reference (validate reports these first). */
function lookup<T extends { id: string }>(list: T[], what: string) {
  const byId = new Map(list.map((e) => [e.id, e]));
  return (id: string): T => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`Unknown ${what} "${id}": run npm run validate to see which entry refers to it.`);
    return entry;
  };
}

/** All collections, loaded once per build, with id lookups. */
export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [models, organizations, sources, modelsEn, organizationsEn] = await Promise.all([
      getCollection('models'),
      getCollection('organizations'),
      getCollection('sources'),
      getCollection('modelsEn'),
      getCollection('organizationsEn'),
    ]);
    models.sort(byReleasedDesc);
    organizations.sort((a, b) => compareNames(a.data.name, b.data.name));
    sources.sort((a, b) => (a.data.date < b.data.date ? -1 : 1));
    const orgsEn = new Map(organizationsEn.map((o) => [o.id, o]));
    const lineage = buildLineageIndex(models);
    const model = lookup(models, 'model');
    const facets = new Map<string, Facets>();
    const byOrganization = groupBy(models, (m) => m.data.organizations);
    return {
      models,
      organizations,
      sources,
      model,
      organization: lookup(organizations, 'organization'),
      source: lookup(sources, 'source'),
      lineage,
      english: lookup(modelsEn, 'English entry'),
      englishOrganization: (id) => orgsEn.get(id),
      names: buildNameIndex(models),
      madeBy: (id) => byOrganization.get(id) ?? [],
      facets: (id) => {
        if (!facets.has(id)) facets.set(id, searchFacets(model(id).data, lineage.ancestors(id)));
        return facets.get(id)!;
      },
    };
  })();
  return cached;
}

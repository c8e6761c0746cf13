import { getCatalog, type ModelEntry } from './catalog.ts';
import { groupBy, LIST_SORTS, pageParams, sortEntries } from '../lib/catalog-view.ts';
import { lineageRoots } from '../lib/lineage-index.ts';
import { timelinePages } from '../lib/timeline.ts';
import { CATEGORIES, keysOf } from '../schemas/vocabulary.ts';

// The static paths of each page kind, shared by the Chinese page and its English twin under src/pages/en/.

export async function modelPaths() {
  const { models } = await getCatalog();
  return models.map((model) => ({ params: { slug: model.id }, props: { model } }));
}

export async function sourcePaths() {
  const { sources } = await getCatalog();
  return sources.map((source) => ({ params: { slug: source.id }, props: { source } }));
}

export async function tagPaths() {
  const { models } = await getCatalog();
  return [...groupBy(models, (m) => m.data.tags)].flatMap(([tag, members]) =>
    pageParams(members.length).map(({ page, n }) => ({ params: { tag, page }, props: { members, n } })),
  );
}

export async function categoryPaths() {
  const { models } = await getCatalog();
  const groups = groupBy(models, (m) => m.data.categories);
  return keysOf(CATEGORIES).flatMap((slug) =>
    pageParams(groups.get(slug)?.length ?? 0).map(({ page, n }) => ({ params: { slug, page }, props: { members: groups.get(slug) ?? [], n } })),
  );
}

/** Organizations a page of /organizations/ lists (about 3.5 elements each): the index stays small as makers multiply. */
export const ORGANIZATION_PAGE_SIZE = 120;

/** /organizations/ and its later pages, by name. */
export async function organizationIndexPaths() {
  const { organizations } = await getCatalog();
  return pageParams(organizations.length, ORGANIZATION_PAGE_SIZE).map(({ page, n }) => ({ params: { page }, props: { n } }));
}

/** The organization pages, each paginated over its entries. */
export async function organizationPagePaths() {
  const { organizations, madeBy } = await getCatalog();
  return organizations.flatMap((organization) =>
    pageParams(madeBy(organization.id).length).map(({ page, n }) => ({
      params: { slug: organization.id, page },
      props: { organization, members: madeBy(organization.id), n },
    })),
  );
}

/** /models/ (newest first) and /models/sort/<order>/, each paginated. */
export async function modelListPaths() {
  const { models } = await getCatalog();
  return pageParams(models.length).map(({ page, n }) => ({ params: { page }, props: { n } }));
}

export async function modelSortPaths() {
  const catalog = await getCatalog();
  return LIST_SORTS.flatMap((sort) => {
    const sorted = sortEntries(catalog.models, sort, (m) => catalog.organization(m.data.organizations[0]!).data.name);
    return pageParams(sorted.length).map(({ page, n }) => ({ params: { sort, page }, props: { sorted, n } }));
  });
}

/** Family roots a /lineage/ page shows: each comes with up to a dozen first-level children, so ~40 elements a root. */
export const LINEAGE_PAGE_SIZE = 20;
export type LineageRoot = ReturnType<typeof lineageRoots<ModelEntry>>[number];

/** /lineage/ and its later pages, the family roots largest first. */
export async function lineagePaths() {
  const { models, lineage } = await getCatalog();
  const roots = lineageRoots(models, lineage);
  return pageParams(roots.length, LINEAGE_PAGE_SIZE).map(({ page, n }) => ({ params: { page }, props: { roots, n } }));
}

/** /timeline/ (the whole catalog), one page per year, and the quarters and months of periods too full to draw. */
export async function timelinePaths() {
  const { models } = await getCatalog();
  const pages = timelinePages(models);
  const years = pages.filter((p) => p.period.level === 'year').map((p) => p.period);
  return pages.map((page) => ({ params: { period: page.period.key || undefined }, props: { page, years } }));
}

import { getCatalog, type ModelEntry } from './catalog.ts';
import { formatPartialDate, formatSizes } from '../lib/format.ts';
import { searchFacets, type Facets } from '../lib/search-facets.ts';

/** What a search result shows of an entry, and the facets it is filtered by: the same for Pagefind and the name lookup. */
export type SearchCard = { url: string; title: string; organization: string; parameters: string; released: string; summary: string; facets: Facets };

export async function searchCard(model: ModelEntry): Promise<SearchCard> {
  const catalog = await getCatalog();
  const lead = catalog.organization(model.data.organizations[0]!).data;
  return {
    url: `/models/${model.id}/`,
    title: model.data.name_zh ? `${model.data.name} ${model.data.name_zh}` : model.data.name,
    organization: lead.name_zh ?? lead.name,
    parameters: formatSizes(model.data.parameters) ?? '',
    released: model.data.released ? formatPartialDate(model.data.released) : '',
    summary: model.data.summary.zh,
    facets: searchFacets(model.data, catalog.lineage.ancestors(model.id)),
  };
}

import { getCatalog, type ModelEntry } from './catalog.ts';
import { formatPartialDate, formatSizes } from '../lib/format.ts';
import type { Facets } from '../lib/search-facets.ts';
import { organizationName } from '../i18n/display.ts';
import { localizePath } from '../i18n/locale-path.ts';
import type { Locale } from '../i18n/ui.ts';

/** What a search result shows of an entry, and the facets it is filtered by: the same for Pagefind and the name lookup. */
export type SearchCard = { url: string; title: string; organization: string; parameters: string; released: string; summary: string; facets: Facets };

export async function searchCard(model: ModelEntry, locale: Locale): Promise<SearchCard> {
  const catalog = await getCatalog();
  const lead = catalog.organization(model.data.organizations[0]!).data;
  return {
    url: localizePath(locale, `/models/${model.id}/`),
    title: model.data.name_zh ? `${model.data.name} ${model.data.name_zh}` : model.data.name,
    organization: organizationName(lead, locale),
    parameters: formatSizes(model.data.parameters) ?? '',
    released: model.data.released ? formatPartialDate(model.data.released, locale) : '',
    summary: model.data.summary[locale],
    facets: catalog.facets(model.id),
  };
}

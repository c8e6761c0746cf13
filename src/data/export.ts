import { getCatalog, type ModelEntry } from './catalog.ts';
import { toExportRecord } from '../lib/export-record.ts';
import type { ExportRecord } from '../schemas/index.ts';

/** Every entry's API record, in the catalog's order (newest release first). */
export async function exportRecords(site: URL | undefined, withDescription = false): Promise<ExportRecord[]> {
  const catalog = await getCatalog();
  return catalog.models.map((model) => exportRecord(model, catalog, site, withDescription));
}

export function exportRecord(model: ModelEntry, catalog: Awaited<ReturnType<typeof getCatalog>>, site: URL | undefined, withDescription: boolean): ExportRecord {
  if (!site) throw new Error('astro.config.mjs must set site: the API publishes absolute URLs');
  return toExportRecord(model, { site: site.href, organization: catalog.organization, lineage: catalog.lineage }, withDescription);
}

/** A JSON response, pretty enough to read and diff. */
export function json(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

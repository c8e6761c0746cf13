import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type ModelEntry } from '../../../data/catalog.ts';
import { exportRecord, json } from '../../../data/export.ts';

export const getStaticPaths = (async () => {
  const { models } = await getCatalog();
  return models.map((model) => ({ params: { slug: model.id }, props: { model } }));
}) satisfies GetStaticPaths;

/** One entry with its description and lineage. */
export const GET: APIRoute<{ model: ModelEntry }> = async ({ props, site }) => json(exportRecord(props.model, await getCatalog(), site, true));

import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type ModelEntry } from '../../data/catalog.ts';
import { exportRecord } from '../../data/export.ts';
import { entryMarkdown } from '../../lib/entry-markdown.ts';

export const getStaticPaths = (async () => {
  const { models } = await getCatalog();
  return models.map((model) => ({ params: { slug: model.id }, props: { model } }));
}) satisfies GetStaticPaths;

/** The entry as Markdown, linked from its page (rel="alternate") and from /llms.txt. */
export const GET: APIRoute<{ model: ModelEntry }> = async ({ props, site }) =>
  new Response(entryMarkdown(exportRecord(props.model, await getCatalog(), site, false), props.model.body ?? ''), {
    headers: { 'content-type': 'text/markdown; charset=utf-8' },
  });

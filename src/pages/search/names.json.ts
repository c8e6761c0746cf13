import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { buildNameIndex } from '../../lib/check-catalog.ts';

/**
 * Every name, Chinese name, alias and variant name, folded, mapped to its entry's slug.
 * The search page puts an exact name match first; Pagefind alone can miss a Chinese
 * name when the browser segments the query differently from how the index was segmented.
 */
export const GET: APIRoute = async () => {
  const { models } = await getCatalog();
  return new Response(JSON.stringify(Object.fromEntries(buildNameIndex(models))), {
    headers: { 'content-type': 'application/json' },
  });
};

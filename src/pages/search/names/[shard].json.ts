import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { searchCard, type SearchCard } from '../../../data/search-card.ts';
import { buildNameIndex } from '../../../lib/check-catalog.ts';
import { nameShard, shardCount } from '../../../lib/name-shard.ts';

/**
 * The exact-name lookup, in shards: every name, Chinese name, alias and variant name, folded, with the card of the
 * entry it names. The search page fetches the one shard a query falls in and shows an exact hit at once, without
 * downloading Pagefind's index; it also finds Chinese names that the browser segments differently from the index.
 */
export const getStaticPaths = (async () => {
  const { models } = await getCatalog();
  const index = buildNameIndex(models);
  const count = shardCount(index.size);
  const shards = Array.from({ length: count }, () => ({ names: {} as Record<string, string>, cards: {} as Record<string, SearchCard> }));
  const byId = new Map(models.map((m) => [m.id, m]));
  for (const [folded, slug] of index) {
    const shard = shards[nameShard(folded, count)]!;
    shard.names[folded] = slug;
    shard.cards[slug] ??= await searchCard(byId.get(slug)!);
  }
  return shards.map((shard, i) => ({ params: { shard: String(i) }, props: { shard, count } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: { names: Record<string, string>; cards: Record<string, SearchCard> }; count: number }> = ({ props }) =>
  new Response(JSON.stringify({ shards: props.count, ...props.shard }), { headers: { 'content-type': 'application/json' } });

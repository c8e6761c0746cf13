import { getCatalog } from './catalog.ts';
import { searchCard, type SearchCard } from './search-card.ts';
import { nameShard, shardCount } from '../lib/name-shard.ts';
import type { Locale } from '../i18n/ui.ts';

type Shard = { names: Record<string, string>; cards: Record<string, SearchCard> };

/**
 * The exact-name lookup in shards: every name, Chinese name, alias and variant name, folded, with the card of the
 * entry it names, in the page's language. The search page fetches the one shard a query falls in and shows an exact
 * hit at once, without downloading Pagefind's index; Chinese names find their entry from English search too.
 */
export async function nameShardPaths(locale: Locale) {
  const { models, names: index } = await getCatalog();
  const count = shardCount(index.size);
  const shards: Shard[] = Array.from({ length: count }, () => ({ names: {}, cards: {} }));
  const byId = new Map(models.map((m) => [m.id, m]));
  for (const [folded, slug] of index) {
    const shard = shards[nameShard(folded, count)]!;
    shard.names[folded] = slug;
    shard.cards[slug] ??= await searchCard(byId.get(slug)!, locale);
  }
  return shards.map((shard, i) => ({ params: { shard: String(i) }, props: { shard, count } }));
}

export function nameShardResponse({ props }: { props: { shard: Shard; count: number } }): Response {
  return new Response(JSON.stringify({ shards: props.count, ...props.shard }), { headers: { 'content-type': 'application/json' } });
}

import { getCatalog } from './catalog.ts';
import { searchCard, type SearchCard } from './search-card.ts';
import { nameShard, shardCount } from '../lib/name-shard.ts';
import type { Locale } from '../i18n/ui.ts';

type Shard = { names: Record<string, string>; cards: Record<string, SearchCard> };

/** How many shards the name lookup has: the pages that look names up (search, compare) tell their script. */
export async function nameShardCount(): Promise<number> {
  return shardCount((await getCatalog()).names.size);
}

/**
 * The exact-name lookup in shards: every name, Chinese name, alias and variant name, folded, with the card of the
 * entry it names, in the page's language. The search page fetches the one shard a query falls in and shows an exact
 * hit at once, without downloading Pagefind's index; Chinese names find their entry from English search too.
 */
export async function nameShardPaths(locale: Locale) {
  const { model, names: index } = await getCatalog();
  const count = await nameShardCount();
  const shards: Shard[] = Array.from({ length: count }, () => ({ names: {}, cards: {} }));
  for (const [folded, slug] of index) {
    const shard = shards[nameShard(folded, count)]!;
    shard.names[folded] = slug;
    shard.cards[slug] ??= await searchCard(model(slug), locale);
  }
  return shards.map((shard, i) => ({ params: { shard: String(i) }, props: { shard, count } }));
}

export function nameShardResponse({ props }: { props: { shard: Shard; count: number } }): Response {
  return new Response(JSON.stringify({ shards: props.count, ...props.shard }), { headers: { 'content-type': 'application/json' } });
}

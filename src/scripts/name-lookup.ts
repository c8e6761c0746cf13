import { exactNameHit } from '../lib/search-options.ts';
import { nameShard } from '../lib/name-shard.ts';
import { normalizeName } from '../lib/normalize-name.ts';
import type { SearchCard } from '../data/search-card.ts';

type NameShard = { names: Record<string, string>; cards: Record<string, SearchCard> };

/**
 * Resolves a name (any spelling the catalog knows: name, Chinese name, alias, variant) to its entry by fetching one
 * small shard of the name lookup (`<base><n>.json`), each shard once per page. Used by the search and compare pages.
 */
export function createNameLookup(base: string, shards: number): (name: string) => Promise<{ slug: string; card: SearchCard } | undefined> {
  const cache = new Map<number, Promise<NameShard>>();
  const load = (index: number) => {
    if (!cache.has(index)) cache.set(index, fetch(`${base}${index}.json`).then((r) => (r.ok ? (r.json() as Promise<NameShard>) : Promise.reject(new Error(r.statusText)))));
    return cache.get(index)!;
  };
  return async (name) => {
    const folded = normalizeName(name);
    if (!folded || !(shards > 0)) return undefined;
    const shard = await load(nameShard(folded, shards));
    const slug = exactNameHit(shard.names, folded);
    const card = slug ? shard.cards[slug] : undefined;
    return slug && card ? { slug, card } : undefined;
  };
}

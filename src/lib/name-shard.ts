/**
 * Which shard of the exact-name lookup a folded name lives in. The search page fetches one small shard for a query
 * instead of every name in the catalog; the build writes the shards with the same function.
 */
export function nameShard(folded: string, shards: number): number {
  // FNV-1a, 32-bit: stable across runtimes, cheap, and spreads names evenly.
  let hash = 0x811c9dc5;
  for (const char of folded) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** Enough shards that each holds about 20 names (a few KB gzip with their cards), at least 8. */
export function shardCount(names: number): number {
  return Math.max(8, Math.ceil(names / 20));
}

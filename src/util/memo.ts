/**
 * Memoisation of a pure one-argument function, bounded: the cache is emptied when it holds `limit`
 * entries, which keeps memory bounded without bookkeeping per entry. Results that are `undefined` are
 * remembered too (a miss is as costly to recompute as a hit).
 */
export function boundedMemo<K, V>(fn: (key: K) => V, limit = 65_536): (key: K) => V {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`boundedMemo: limit must be a positive integer, got ${String(limit)}`);
  // `undefined` results are stored as NONE, so that a remembered miss costs one lookup, not two.
  const cache = new Map<K, V | typeof NONE>();
  return (key: K): V => {
    const hit = cache.get(key);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as V;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value === undefined ? NONE : value);
    return value;
  };
}

const NONE: unique symbol = Symbol('boundedMemo.none');

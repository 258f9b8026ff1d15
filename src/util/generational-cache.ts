/**
 * A bounded map for memoising by key, in two generations: new entries go to the young one; when it
 * holds `limit` entries it becomes the old one and the previous old one is dropped. A hit in the old
 * generation is copied to the young one, so the entries in use survive a turnover. Memory stays below
 * 2 × `limit` entries with no bookkeeping per entry, and a full cache never loses its hot entries all
 * at once (as emptying it would).
 */
export class GenerationalCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new Error(`GenerationalCache: limit must be a positive integer, got ${String(limit)}`);
  }

  /** The value kept for `key`, if any (values are never `undefined`). */
  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Entries held, at most 2 × `limit` (an entry promoted from the old generation counts twice). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}

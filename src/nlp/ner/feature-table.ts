/**
 * Feature id → weight row, for the tagger's per-token context-feature lookups: an open-addressing hash
 * table over typed arrays, so a lookup is a few integer operations with no boxed number keys (a
 * `Map<number, number>` keyed by 53-bit ids hashes heap numbers). Ids are those of feature-hash.ts,
 * given as their two halves: `hi` (the upper 32 bits) and `lo` (the lower 21 bits).
 */
const LO_BITS = 2097152; // 2^21

export class FeatureTable {
  private readonly his: Int32Array;
  private readonly los: Int32Array;
  /** Row per slot, -1 for an empty slot. */
  private readonly rows: Int32Array;
  private readonly shift: number;
  private count = 0;

  /** A table with room for `capacity` ids (it does not grow). */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0)
      throw new Error(`FeatureTable: capacity must be a non-negative integer, got ${capacity}`);
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.his = new Int32Array(1 << bits);
    this.los = new Int32Array(1 << bits);
    this.rows = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
  }

  get size(): number {
    return this.count;
  }

  private slot(hi: number, lo: number): number {
    return Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) >>> this.shift;
  }

  /** Stores `row` (≥ 0) under the 53-bit `id`; returns the row already stored there, or -1. */
  set(id: number, row: number): number {
    if (!Number.isSafeInteger(id) || id < 0)
      throw new Error(`FeatureTable.set: id must be a 53-bit non-negative integer, got ${id}`);
    if (!Number.isInteger(row) || row < 0 || row > 0x7fffffff)
      throw new Error(`FeatureTable.set: row must be a non-negative int32, got ${row}`);
    const hi = Math.floor(id / LO_BITS) | 0;
    const lo = id % LO_BITS;
    const mask = this.rows.length - 1;
    for (let s = this.slot(hi, lo); ; s = (s + 1) & mask) {
      const r = this.rows[s]!;
      if (r === -1) {
        if (this.count >= this.capacity)
          throw new Error(`FeatureTable.set: full (capacity ${this.capacity})`);
        this.his[s] = hi;
        this.los[s] = lo;
        this.rows[s] = row;
        this.count++;
        return -1;
      }
      if (this.his[s] === hi && this.los[s] === lo) return r;
    }
  }

  /** The row of the id whose halves are `hi` (upper 32 bits, as int32 or uint32) and `lo`; -1 when absent. */
  get(hi: number, lo: number): number {
    const h = hi | 0;
    const mask = this.rows.length - 1;
    for (let s = this.slot(h, lo); ; s = (s + 1) & mask) {
      const r = this.rows[s]!;
      if (r === -1 || (this.his[s] === h && this.los[s] === lo)) return r;
    }
  }

  /** `get` by the whole 53-bit id. */
  getId(id: number): number {
    return this.get(Math.floor(id / LO_BITS), id % LO_BITS);
  }
}

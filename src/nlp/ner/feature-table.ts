/**
 * Feature id → weight row, for the tagger's per-token context-feature lookups: an open-addressing hash
 * table over typed arrays, so a lookup is a few integer operations with no boxed number keys (a
 * `Map<number, number>` keyed by 53-bit ids hashes heap numbers). Ids are those of feature-hash.ts,
 * given as their two halves: `hi` (the upper 32 bits) and `lo` (the lower 21 bits).
 */
const LO_BITS = 2097152; // 2^21
/** Int32s per slot (the fourth is padding: a slot never straddles a cache line) and their offsets. */
const SLOT = 4;
const HI = 0;
const LO = 1;
const ROW = 2;

export class FeatureTable {
  /**
   * Per slot, `SLOT` int32s side by side (one cache line for a probe): `hi`, `lo` and the row, -1
   * for an empty slot.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private count = 0;

  /** A table with room for `capacity` ids (it does not grow). */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0)
      throw new Error(`FeatureTable: capacity must be a non-negative integer, got ${capacity}`);
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.slots = new Int32Array((1 << bits) * SLOT);
    for (let s = 0; s < 1 << bits; s++) this.slots[s * SLOT + ROW] = -1;
    this.mask = (1 << bits) - 1;
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
    const slots = this.slots;
    for (let s = this.slot(hi, lo); ; s = (s + 1) & this.mask) {
      const at = s * SLOT;
      const r = slots[at + ROW]!;
      if (r === -1) {
        if (this.count >= this.capacity)
          throw new Error(`FeatureTable.set: full (capacity ${this.capacity})`);
        slots[at + HI] = hi;
        slots[at + LO] = lo;
        slots[at + ROW] = row;
        this.count++;
        return -1;
      }
      if (slots[at + HI] === hi && slots[at + LO] === lo) return r;
    }
  }

  /** The row of the id whose halves are `hi` (upper 32 bits, as int32 or uint32) and `lo`; -1 when absent. */
  get(hi: number, lo: number): number {
    const h = hi | 0;
    const slots = this.slots;
    for (let s = this.slot(h, lo); ; s = (s + 1) & this.mask) {
      const at = s * SLOT;
      const r = slots[at + ROW]!;
      if (r === -1 || (slots[at + HI] === h && slots[at + LO] === lo)) return r;
    }
  }

  /** `get` by the whole 53-bit id. */
  getId(id: number): number {
    return this.get(Math.floor(id / LO_BITS), id % LO_BITS);
  }
}

import { FNV_OFFSET, fnv1a as fnv } from '../../../util/fnv.js';
import type { FeatureParts } from './features.js';

/** The hashing trick: a feature string → a bucket in [0, 2^bits), FNV-1a over UTF-16 code units. */
export function hashFeature(feature: string, bits: number): number {
  return (fnv(FNV_OFFSET, feature) >>> 0) & ((1 << bits) - 1);
}

/** Distinct buckets of a feature list, sorted (a candidate's sparse binary vector). */
export function hashFeatures(features: readonly string[], bits: number): Uint32Array {
  const sink = new BucketSink(bits);
  for (const f of features) sink.add(f);
  return sink.take();
}

/**
 * Buckets of features given as parts (the parts of one feature concatenate to its name), without
 * building the names: `add` hashes one feature, `take` returns the distinct buckets so far, sorted,
 * and starts again. The same buckets as `hashFeatures` of the joined names.
 */
export class BucketSink {
  private all = new Uint32Array(128);
  private n = 0;
  private readonly mask: number;

  constructor(bits: number) {
    this.mask = (1 << bits) - 1;
  }

  readonly add: FeatureParts = (a, b, c, d, e, f) => {
    let h = fnv(FNV_OFFSET, a);
    if (b !== undefined) h = fnv(h, b);
    if (c !== undefined) h = fnv(h, c);
    if (d !== undefined) h = fnv(h, d);
    if (e !== undefined) h = fnv(h, e);
    if (f !== undefined) h = fnv(h, f);
    if (this.n === this.all.length) {
      const grown = new Uint32Array(this.n * 2);
      grown.set(this.all);
      this.all = grown;
    }
    this.all[this.n++] = (h >>> 0) & this.mask;
  };

  take(): Uint32Array {
    const all = this.all.subarray(0, this.n);
    all.sort(); // typed arrays sort numerically
    let n = 0;
    for (let i = 0; i < all.length; i++) if (n === 0 || all[i] !== all[n - 1]) all[n++] = all[i]!;
    this.n = 0;
    return all.slice(0, n);
  }
}

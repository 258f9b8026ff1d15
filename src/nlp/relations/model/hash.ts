/** The hashing trick: a feature string → a bucket in [0, 2^bits), FNV-1a over UTF-16 code units. */
export function hashFeature(feature: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

/** Distinct buckets of a feature list, sorted (a candidate's sparse binary vector). */
export function hashFeatures(features: readonly string[], bits: number): Uint32Array {
  const all = new Uint32Array(features.length);
  for (let i = 0; i < features.length; i++) all[i] = hashFeature(features[i]!, bits);
  all.sort(); // typed arrays sort numerically
  let n = 0;
  for (let i = 0; i < all.length; i++) if (n === 0 || all[i] !== all[n - 1]) all[n++] = all[i]!;
  return all.slice(0, n);
}

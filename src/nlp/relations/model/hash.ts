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
  const ids = [...new Set(features.map((f) => hashFeature(f, bits)))].sort((a, b) => a - b);
  return Uint32Array.from(ids);
}

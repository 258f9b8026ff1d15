/**
 * Cheap distributional word clustering from unlabelled tokenised text: each word with at least
 * `minCount` occurrences is represented by its positive-PMI profile over the `contextSize` most frequent
 * words at offsets -2, -1, +1, +2, randomly projected to `dims` dimensions and L2-normalised; spherical
 * k-means (seeded initialisation) then clusters the vectors once per granularity in `ks`. Deterministic
 * for a given seed and input.
 */
import { ClusterTable } from '../../nlp/training.js';
import { clusterKey, normalizeToken } from '../../nlp/training.js';
import { gaussian, seededRng } from '../../util/random.js';

export interface ClusterBuildOptions {
  readonly minCount: number;
  readonly contextSize: number;
  readonly dims: number;
  readonly ks: readonly number[];
  readonly iterations: number;
  readonly seed: number;
  /** Called with progress messages. */
  readonly log?: (message: string) => void;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterBuildOptions = {
  minCount: 2,
  contextSize: 1500,
  dims: 128,
  ks: [64, 256, 1024],
  iterations: 15,
  seed: 20020,
};

const OFFSETS = [-2, -1, 1, 2] as const;
const BOS = '<s>';
const EOS = '</s>';

/** Builds word vectors (row-major Float32Array, `vocab.length × dims`) from sentences of raw tokens. */
export function buildWordVectors(
  sentences: Iterable<readonly string[]>,
  opts: ClusterBuildOptions,
): { vocab: string[]; vectors: Float32Array } {
  const keyed: string[][] = [];
  const freq = new Map<string, number>();
  for (const s of sentences) {
    const keys = s.map((t) => clusterKey(normalizeToken(t)));
    keyed.push(keys);
    for (const k of keys) freq.set(k, (freq.get(k) ?? 0) + 1);
  }
  const byFreq = [...freq.entries()].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  const vocab = byFreq.filter(([, c]) => c >= opts.minCount).map(([w]) => w);
  const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
  const contexts = [BOS, EOS, ...byFreq.slice(0, opts.contextSize).map(([w]) => w)];
  const ctxIndex = new Map(contexts.map((w, i) => [w, i]));
  const nFeat = OFFSETS.length * contexts.length;

  const rows: Map<number, number>[] = vocab.map(() => new Map());
  const featTotals = new Float64Array(nFeat);
  const wordTotals = new Float64Array(vocab.length);
  let total = 0;
  for (const keys of keyed) {
    for (let i = 0; i < keys.length; i++) {
      const w = vocabIndex.get(keys[i]!);
      if (w === undefined) continue;
      const row = rows[w]!;
      for (let o = 0; o < OFFSETS.length; o++) {
        const j = i + OFFSETS[o]!;
        const ctx = j < 0 ? BOS : j >= keys.length ? EOS : keys[j]!;
        const c = ctxIndex.get(ctx);
        if (c === undefined) continue;
        const f = o * contexts.length + c;
        row.set(f, (row.get(f) ?? 0) + 1);
        featTotals[f]! += 1;
        wordTotals[w]! += 1;
        total += 1;
      }
    }
  }
  // Context-distribution smoothing (alpha = 0.75), as in Levy et al. (2015).
  let smoothTotal = 0;
  const smoothed = new Float64Array(nFeat);
  for (let f = 0; f < nFeat; f++) smoothTotal += smoothed[f] = Math.pow(featTotals[f]!, 0.75);

  const rng = seededRng(opts.seed);
  const dims = opts.dims;
  const projection = new Float32Array(nFeat * dims);
  for (let i = 0; i < projection.length; i++) projection[i] = gaussian(rng);

  const vectors = new Float32Array(vocab.length * dims);
  for (let w = 0; w < vocab.length; w++) {
    const base = w * dims;
    for (const [f, count] of rows[w]!) {
      const pmi = Math.log(count / wordTotals[w]! / (smoothed[f]! / smoothTotal));
      if (pmi <= 0) continue;
      const pbase = f * dims;
      for (let d = 0; d < dims; d++) vectors[base + d]! += pmi * projection[pbase + d]!;
    }
    normalizeRow(vectors, base, dims);
  }
  opts.log?.(
    `vectors: ${vocab.length} words (min count ${opts.minCount}), ${contexts.length} contexts x ${OFFSETS.length} offsets, ${total} context events`,
  );
  return { vocab, vectors };
}

function normalizeRow(v: Float32Array, base: number, dims: number): void {
  let n = 0;
  for (let d = 0; d < dims; d++) n += v[base + d]! * v[base + d]!;
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < dims; d++) v[base + d]! /= n;
}

/** Spherical k-means; returns the cluster index of each row. */
export function sphericalKMeans(
  vectors: Float32Array,
  rowsCount: number,
  dims: number,
  k: number,
  iterations: number,
  seed: number,
): Int32Array {
  const rng = seededRng(seed);
  const kk = Math.min(k, rowsCount);
  const centroids = new Float32Array(kk * dims);
  // Seeded initialisation: distinct random rows.
  const chosen = new Set<number>();
  for (let c = 0; c < kk; c++) {
    let r = Math.floor(rng() * rowsCount);
    while (chosen.has(r)) r = (r + 1) % rowsCount;
    chosen.add(r);
    centroids.set(vectors.subarray(r * dims, (r + 1) * dims), c * dims);
  }
  const assign = new Int32Array(rowsCount).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let r = 0; r < rowsCount; r++) {
      const base = r * dims;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < kk; c++) {
        const cb = c * dims;
        let s = 0;
        for (let d = 0; d < dims; d++) s += vectors[base + d]! * centroids[cb + d]!;
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (assign[r] !== best) {
        assign[r] = best;
        changed++;
      }
    }
    centroids.fill(0);
    for (let r = 0; r < rowsCount; r++) {
      const cb = assign[r]! * dims;
      const base = r * dims;
      for (let d = 0; d < dims; d++) centroids[cb + d]! += vectors[base + d]!;
    }
    for (let c = 0; c < kk; c++) normalizeRow(centroids, c * dims, dims);
    if (changed === 0) break;
  }
  return assign;
}

/** Builds the cluster table (one k-means run per granularity). */
export function buildClusters(
  sentences: Iterable<readonly string[]>,
  opts: ClusterBuildOptions = DEFAULT_CLUSTER_OPTIONS,
): ClusterTable {
  const { vocab, vectors } = buildWordVectors(sentences, opts);
  const assignments = opts.ks.map((k, i) => {
    const t0 = Date.now();
    const a = sphericalKMeans(
      vectors,
      vocab.length,
      opts.dims,
      k,
      opts.iterations,
      opts.seed + 1 + i,
    );
    opts.log?.(`k-means k=${k}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return a;
  });
  const table = new Map<string, number[]>();
  vocab.forEach((w, r) =>
    table.set(
      w,
      assignments.map((a) => a[r]!),
    ),
  );
  return new ClusterTable(
    opts.ks.map((k) => Math.min(k, vocab.length)),
    table,
  );
}

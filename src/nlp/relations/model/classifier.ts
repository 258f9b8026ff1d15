/**
 * Multinomial logistic regression over hashed binary features: one weight row of `labels` values per
 * bucket. Scoring is a sum of the active rows and a softmax.
 */
export interface LinearClassifier {
  readonly bits: number;
  readonly labels: number;
  /** Dense weights, bucket-major: weights[bucket * labels + label]. */
  readonly weights: Float32Array | Float64Array;
  /**
   * The same weights without the buckets whose row is all zeros, for scoring (a loaded model has
   * them; a model in training does not). The dense table is mostly zeros: the sparse one is a small
   * fraction of the memory a candidate's scoring reads.
   */
  readonly sparse?: SparseRows;
}

export interface SparseRows {
  /** Per bucket: its row in `weights`, or -1 when all its weights are zero. */
  readonly rowOf: Int32Array;
  /** Row-major `rows × labels`. */
  readonly weights: Float32Array | Float64Array;
}

/** The non-zero rows of a classifier's dense weights. */
export function sparseRows(model: LinearClassifier): SparseRows {
  const L = model.labels;
  const buckets = model.weights.length / L;
  const rowOf = new Int32Array(buckets).fill(-1);
  let rows = 0;
  for (let b = 0; b < buckets; b++)
    for (let l = 0; l < L; l++)
      if (model.weights[b * L + l] !== 0) {
        rowOf[b] = rows++;
        break;
      }
  const weights =
    model.weights instanceof Float32Array ? new Float32Array(rows * L) : new Float64Array(rows * L);
  for (let b = 0; b < buckets; b++)
    if (rowOf[b]! >= 0) weights.set(model.weights.subarray(b * L, (b + 1) * L), rowOf[b]! * L);
  return { rowOf, weights };
}

export function predictProba(model: LinearClassifier, ids: Uint32Array): Float64Array {
  const L = model.labels;
  const scores = new Float64Array(L);
  // A bucket whose weights are all zero adds nothing: the scores start at +0 and a sum of them is
  // never -0, so skipping it gives the same bits.
  const rowOf = model.sparse?.rowOf;
  const weights = model.sparse?.weights ?? model.weights;
  for (const id of ids) {
    const r = rowOf ? rowOf[id]! : id;
    if (r < 0) continue;
    const row = r * L;
    for (let l = 0; l < L; l++) scores[l]! += weights[row + l]!;
  }
  return softmaxInPlace(scores);
}

export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let l = 0; l < scores.length; l++) sum += scores[l] = Math.exp(scores[l]! - max);
  for (let l = 0; l < scores.length; l++) scores[l]! /= sum;
  return scores;
}

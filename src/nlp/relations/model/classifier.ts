/**
 * Multinomial logistic regression over hashed binary features: one weight row of `labels` values per
 * bucket. Scoring is a sum of the active rows and a softmax.
 */
export interface LinearClassifier {
  readonly bits: number;
  readonly labels: number;
  /** Dense weights, bucket-major: weights[bucket * labels + label]. */
  readonly weights: Float32Array | Float64Array;
}

export function predictProba(model: LinearClassifier, ids: Uint32Array): Float64Array {
  const L = model.labels;
  const scores = new Float64Array(L);
  for (const id of ids) {
    const row = id * L;
    for (let l = 0; l < L; l++) scores[l]! += model.weights[row + l]!;
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

/**
 * Parameter averaging with the "lazy update" trick (Daumé): each learner keeps its current weights `W`
 * and the step-weighted sum of its updates `U`; after `c` steps the average is `W − U / c`.
 */
export function averageParameters(
  W: Float32Array | Float64Array,
  U: Float32Array | Float64Array,
  trans: Float32Array | Float64Array,
  transU: Float32Array | Float64Array,
  c: number,
): { weights: Float32Array; transitions: Float32Array } {
  const inv = 1 / c;
  const weights = new Float32Array(W.length);
  for (let k = 0; k < weights.length; k++) weights[k] = W[k]! - U[k]! * inv;
  const transitions = new Float32Array(trans.length);
  for (let k = 0; k < transitions.length; k++) transitions[k] = trans[k]! - transU[k]! * inv;
  return { weights, transitions };
}

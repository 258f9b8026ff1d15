/**
 * Decoding over per-token tag scores (`emissions`, row-major `n × T`) and first-order transition scores
 * (`transitions`, `(T + 1) × T`, row `T` being the sentence start). Disallowed transitions carry
 * `-Infinity`, which is how the IOB2 constraint is enforced.
 */

/** Best tag sequence (Viterbi). */
export function viterbi(
  emissions: Float32Array | Float64Array,
  n: number,
  T: number,
  transitions: Float32Array | Float64Array,
): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  const back = new Int32Array(n * T);
  const startRow = T * T;
  for (let t = 0; t < T; t++) prev[t] = transitions[startRow + t]! + emissions[t]!;
  for (let i = 1; i < n; i++) {
    const e = i * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let s = 0; s < T; s++) {
        const v = prev[s]! + transitions[s * T + t]!;
        if (v > best) {
          best = v;
          arg = s;
        }
      }
      cur[t] = best + emissions[e + t]!;
      back[e + t] = arg;
    }
    const tmp = prev;
    prev = cur;
    cur = tmp;
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++)
    if (prev[t]! > best) {
      best = prev[t]!;
      arg = t;
    }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]!]!;
  return out;
}

/** Greedy left-to-right decoding under the same transition scores (faster, usually a little worse). */
export function greedy(
  emissions: Float32Array | Float64Array,
  n: number,
  T: number,
  transitions: Float32Array | Float64Array,
): Int32Array {
  const out = new Int32Array(n);
  let prevRow = T;
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let arg = 0;
    for (let t = 0; t < T; t++) {
      const v = emissions[i * T + t]! + transitions[prevRow * T + t]!;
      if (v > best) {
        best = v;
        arg = t;
      }
    }
    out[i] = arg;
    prevRow = arg;
  }
  return out;
}

/**
 * Posterior tag marginals (`n × T`) of the log-linear model whose scores are `emissions / temperature`
 * and `transitions / temperature` (forward–backward in log space).
 */
export function marginals(
  emissions: Float32Array | Float64Array,
  n: number,
  T: number,
  transitions: Float32Array | Float64Array,
  temperature = 1,
): Float64Array {
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const inv = 1 / temperature;
  const startRow = T * T;
  const tmp = new Float64Array(T);
  const lse = (xs: Float64Array, len: number): number => {
    let m = -Infinity;
    for (let k = 0; k < len; k++) if (xs[k]! > m) m = xs[k]!;
    if (m === -Infinity) return -Infinity;
    let s = 0;
    for (let k = 0; k < len; k++) s += Math.exp(xs[k]! - m);
    return m + Math.log(s);
  };
  for (let t = 0; t < T; t++) alpha[t] = (transitions[startRow + t]! + emissions[t]!) * inv;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      for (let s = 0; s < T; s++) tmp[s] = alpha[(i - 1) * T + s]! + transitions[s * T + t]! * inv;
      alpha[i * T + t] = lse(tmp, T) + emissions[i * T + t]! * inv;
    }
  }
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let s = 0; s < T; s++) {
      for (let t = 0; t < T; t++)
        tmp[t] =
          transitions[s * T + t]! * inv +
          emissions[(i + 1) * T + t]! * inv +
          beta[(i + 1) * T + t]!;
      beta[i * T + s] = lse(tmp, T);
    }
  }
  const out = new Float64Array(n * T);
  if (n === 0) return out;
  for (let t = 0; t < T; t++) tmp[t] = alpha[(n - 1) * T + t]!;
  const logZ = lse(tmp, T);
  for (let k = 0; k < n * T; k++) out[k] = Math.exp(alpha[k]! + beta[k]! - logZ);
  return out;
}

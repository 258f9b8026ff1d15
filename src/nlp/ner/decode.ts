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
 * and `transitions / temperature` (forward–backward in log space). Transitions scored `-Infinity`
 * (disallowed) are skipped: they add exactly nothing to a log-sum-exp, so the result is the same as
 * summing over every pair, with fewer `Math.exp` calls.
 *
 * `from` > 0 asks only for the marginals of tokens `from…n-1` (the backward pass stops there; the
 * forward pass, which the normaliser needs, always runs whole); rows before `from` are NaN. The rows
 * asked for are the same, bit for bit, as with `from` = 0.
 */
export function marginals(
  emissions: Float32Array | Float64Array,
  n: number,
  T: number,
  transitions: Float32Array | Float64Array,
  temperature = 1,
  from = 0,
): Float64Array {
  if (!Number.isInteger(from) || from < 0 || (from >= n && n > 0))
    throw new Error(`marginals: from must be an integer in [0, ${n}), got ${from}`);
  const out = new Float64Array(n * T);
  if (n === 0) return out;
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const inv = 1 / temperature;
  const startRow = T * T;
  // Scaled scores, computed once (the same products the recurrences would compute each time).
  const { tr, into, onto } = scaledTransitions(transitions, T, inv);
  const em = new Float64Array(n * T);
  for (let k = 0; k < n * T; k++) em[k] = emissions[k]! * inv;
  for (let t = 0; t < T; t++) alpha[t] = (transitions[startRow + t]! + emissions[t]!) * inv;
  // The terms of one log-sum-exp, kept between its max and its sum.
  const xs = new Float64Array(T);
  for (let i = 1; i < n; i++) {
    const a = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      const ss = into[t]!;
      let m = -Infinity;
      for (let k = 0; k < ss.length; k++) {
        const s = ss[k]!;
        const x = (xs[k] = alpha[a + s]! + tr[s * T + t]!);
        if (x > m) m = x;
      }
      alpha[i * T + t] = logSumExp(xs, ss.length, m) + em[i * T + t]!;
    }
  }
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 0;
  for (let i = n - 2; i >= from; i--) {
    const b = (i + 1) * T;
    for (let s = 0; s < T; s++) {
      const ts = onto[s]!;
      let m = -Infinity;
      for (let k = 0; k < ts.length; k++) {
        const t = ts[k]!;
        const x = (xs[k] = tr[s * T + t]! + em[b + t]! + beta[b + t]!);
        if (x > m) m = x;
      }
      beta[i * T + s] = logSumExp(xs, ts.length, m);
    }
  }
  let m = -Infinity;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) if ((xs[t] = alpha[last + t]!) > m) m = xs[t]!;
  const logZ = logSumExp(xs, T, m);
  out.fill(NaN, 0, from * T);
  for (let k = from * T; k < n * T; k++) out[k] = Math.exp(alpha[k]! + beta[k]! - logZ);
  return out;
}

/** log Σ exp(xs[k]) over the first `count` terms, given their maximum `m` (found while they were written). */
function logSumExp(xs: Float64Array, count: number, m: number): number {
  if (m === -Infinity) return -Infinity;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp(xs[k]! - m);
  return m + Math.log(sum);
}

interface ScaledTransitions {
  /** The `T × T` transitions they were made from (a copy) and the factor applied. */
  readonly source: Float64Array;
  readonly inv: number;
  /** `transitions[k] · inv` for the `T × T` tag-to-tag part. */
  readonly tr: Float64Array;
  /** Allowed predecessors (`into`) and successors (`onto`) of each tag, in index order. */
  readonly into: Int32Array[];
  readonly onto: Int32Array[];
}

/**
 * The scaled tag-to-tag transitions and their allowed pairs. Kept from one call to the next while
 * the transition values and the factor stay the same (a tagger calls with one model's transitions for
 * every sentence); compared by value, so a caller that changes its array in place gets fresh ones.
 */
let lastScaled: ScaledTransitions | undefined;
function scaledTransitions(
  transitions: Float32Array | Float64Array,
  T: number,
  inv: number,
): ScaledTransitions {
  const last = lastScaled;
  if (last && last.inv === inv && last.source.length === T * T) {
    let same = true;
    for (let k = 0; k < T * T && same; k++) same = Object.is(last.source[k], transitions[k]);
    if (same) return last;
  }
  const source = Float64Array.from(transitions.subarray(0, T * T));
  const tr = new Float64Array(T * T);
  for (let k = 0; k < T * T; k++) tr[k] = transitions[k]! * inv;
  lastScaled = {
    source,
    inv,
    tr,
    into: allowedPairs(tr, T, true),
    onto: allowedPairs(tr, T, false),
  };
  return lastScaled;
}

/**
 * For each tag, the other ends of its transitions that are not `-Infinity`: its predecessors
 * (`into`) or its successors (not `into`), in increasing tag order.
 */
function allowedPairs(tr: Float64Array, T: number, into: boolean): Int32Array[] {
  const out: Int32Array[] = [];
  for (let x = 0; x < T; x++) {
    const ends: number[] = [];
    for (let y = 0; y < T; y++)
      if ((into ? tr[y * T + x]! : tr[x * T + y]!) !== -Infinity) ends.push(y);
    out.push(Int32Array.from(ends));
  }
  return out;
}

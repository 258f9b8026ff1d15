/**
 * Linear-chain CRF trained by averaged stochastic gradient ascent on the log-likelihood (one sentence
 * at a time, constant step, L2 by weight decay on the touched rows), with the same averaging trick as
 * the perceptron. Shares `EncodedSentence` and the decoder with the perceptron.
 */
import { averageParameters } from './averaging.js';
import { constrainTransitions } from '../../nlp/training.js';
import type { EncodedSentence, SequenceLearner } from './perceptron.js';

export interface CrfOptions {
  /** Step size. */
  readonly eta: number;
  /** L2 weight decay per touched row per step (0 disables). */
  readonly l2: number;
}

export class AveragedCrf implements SequenceLearner {
  private readonly W: Float64Array;
  private readonly U: Float64Array;
  private readonly trans: Float64Array;
  private readonly transU: Float64Array;
  private c = 1;

  constructor(
    readonly tags: readonly string[],
    readonly featureCount: number,
    private readonly opts: CrfOptions,
  ) {
    const T = tags.length;
    this.W = new Float64Array(featureCount * T);
    this.U = new Float64Array(featureCount * T);
    this.trans = new Float64Array((T + 1) * T);
    this.transU = new Float64Array((T + 1) * T);
  }

  trainEpoch(sentences: readonly EncodedSentence[], order: readonly number[]): number {
    const T = this.tags.length;
    let negLogLik = 0;
    let cap = 64;
    let em = new Float64Array(cap * T);
    let alpha = new Float64Array(cap * T);
    let beta = new Float64Array(cap * T);
    const tmp = new Float64Array(T);
    const gradTrans = new Float64Array((T + 1) * T);
    const node = new Float64Array(T);
    for (const idx of order) {
      const s = sentences[idx]!;
      const n = s.gold.length;
      if (n > cap) {
        cap = n * 2;
        em = new Float64Array(cap * T);
        alpha = new Float64Array(cap * T);
        beta = new Float64Array(cap * T);
      }
      const tr = constrainTransitions(this.tags, this.trans);
      em.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
          const base = s.feats[k]! * T;
          for (let t = 0; t < T; t++) em[i * T + t]! += this.W[base + t]!;
        }
      }
      // Forward–backward in log space.
      for (let t = 0; t < T; t++) alpha[t] = tr[T * T + t]! + em[t]!;
      for (let i = 1; i < n; i++) {
        for (let t = 0; t < T; t++) {
          for (let p = 0; p < T; p++) tmp[p] = alpha[(i - 1) * T + p]! + tr[p * T + t]!;
          alpha[i * T + t] = logSumExp(tmp) + em[i * T + t]!;
        }
      }
      for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 0;
      for (let i = n - 2; i >= 0; i--) {
        for (let p = 0; p < T; p++) {
          for (let t = 0; t < T; t++)
            tmp[t] = tr[p * T + t]! + em[(i + 1) * T + t]! + beta[(i + 1) * T + t]!;
          beta[i * T + p] = logSumExp(tmp);
        }
      }
      for (let t = 0; t < T; t++) tmp[t] = alpha[(n - 1) * T + t]!;
      const logZ = logSumExp(tmp);
      // Gold score for the objective report.
      let gold = 0;
      for (let i = 0; i < n; i++)
        gold += em[i * T + s.gold[i]!]! + tr[(i === 0 ? T : s.gold[i - 1]!) * T + s.gold[i]!]!;
      negLogLik += logZ - gold;

      const eta = this.opts.eta;
      const c = this.c;
      gradTrans.fill(0);
      for (let i = 0; i < n; i++) {
        for (let t = 0; t < T; t++)
          node[t] = -Math.exp(alpha[i * T + t]! + beta[i * T + t]! - logZ);
        node[s.gold[i]!]! += 1;
        for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
          const base = s.feats[k]! * T;
          for (let t = 0; t < T; t++) {
            const g = node[t]!;
            const d = eta * (g - this.opts.l2 * this.W[base + t]!);
            this.W[base + t]! += d;
            this.U[base + t]! += c * d;
          }
        }
        // Pairwise marginals for transitions.
        if (i === 0) {
          for (let t = 0; t < T; t++)
            gradTrans[T * T + t]! -= Math.exp(alpha[t]! + beta[t]! - logZ);
          gradTrans[T * T + s.gold[0]!]! += 1;
        } else {
          for (let p = 0; p < T; p++) {
            const a = alpha[(i - 1) * T + p]!;
            if (a === -Infinity) continue;
            for (let t = 0; t < T; t++) {
              const w = tr[p * T + t]!;
              if (w === -Infinity) continue;
              gradTrans[p * T + t]! -= Math.exp(a + w + em[i * T + t]! + beta[i * T + t]! - logZ);
            }
          }
          gradTrans[s.gold[i - 1]! * T + s.gold[i]!]! += 1;
        }
      }
      for (let k = 0; k < gradTrans.length; k++) {
        const d = eta * gradTrans[k]!;
        this.trans[k]! += d;
        this.transU[k]! += c * d;
      }
      this.c++;
    }
    return negLogLik;
  }

  averaged(): { weights: Float32Array; transitions: Float32Array } {
    return averageParameters(this.W, this.U, this.trans, this.transU, this.c);
  }
}

function logSumExp(xs: Float64Array): number {
  let m = -Infinity;
  for (let k = 0; k < xs.length; k++) if (xs[k]! > m) m = xs[k]!;
  if (m === -Infinity) return -Infinity;
  let s = 0;
  for (let k = 0; k < xs.length; k++) s += Math.exp(xs[k]! - m);
  return m + Math.log(s);
}

/**
 * Structured averaged perceptron (Collins 2002) over first-order tag sequences, decoded with Viterbi
 * under the IOB2 constraint. Averaging uses the usual trick: keep `W` and `U = Σ c·Δ`, and the average
 * is `W - U / c`.
 */
import { viterbi } from '../../nlp/training.js';
import { averageParameters } from './averaging.js';
import { constrainTransitions } from '../../nlp/training.js';

/** A sentence encoded for training: the feature rows of token i are `feats[offsets[i] .. offsets[i+1])`. */
export interface EncodedSentence {
  readonly feats: Int32Array;
  readonly offsets: Int32Array;
  readonly gold: Int32Array;
}

/** What the training driver needs from a sequence learner. */
export interface SequenceLearner {
  /** One pass in the given order; returns an epoch statistic (errors, or negative log-likelihood). */
  trainEpoch(sentences: readonly EncodedSentence[], order: readonly number[]): number;
  /** Averaged weights (`features × tags`) and unconstrained transitions (`(tags + 1) × tags`). */
  averaged(): { weights: Float32Array; transitions: Float32Array };
}

export class AveragedPerceptron implements SequenceLearner {
  private readonly W: Float64Array;
  private readonly U: Float64Array;
  private readonly trans: Float64Array;
  private readonly transU: Float64Array;
  private c = 1;

  constructor(
    readonly tags: readonly string[],
    readonly featureCount: number,
  ) {
    const T = tags.length;
    this.W = new Float64Array(featureCount * T);
    this.U = new Float64Array(featureCount * T);
    this.trans = new Float64Array((T + 1) * T);
    this.transU = new Float64Array((T + 1) * T);
  }

  private emissions(s: EncodedSentence, out: Float64Array): void {
    const T = this.tags.length;
    const n = s.gold.length;
    out.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      const o = i * T;
      for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
        const base = s.feats[k]! * T;
        for (let t = 0; t < T; t++) out[o + t]! += this.W[base + t]!;
      }
    }
  }

  /** One pass over `sentences` in the given order; returns the number of token errors made. */
  trainEpoch(sentences: readonly EncodedSentence[], order: readonly number[]): number {
    const T = this.tags.length;
    let errors = 0;
    let buf = new Float64Array(64 * T);
    for (const idx of order) {
      const s = sentences[idx]!;
      const n = s.gold.length;
      if (n * T > buf.length) buf = new Float64Array(n * T * 2);
      this.emissions(s, buf);
      const pred = viterbi(buf, n, T, constrainTransitions(this.tags, this.trans));
      const c = this.c;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
            const base = s.feats[k]! * T;
            this.W[base + g]! += 1;
            this.U[base + g]! += c;
            this.W[base + p]! -= 1;
            this.U[base + p]! -= c;
          }
        }
        const pg = i === 0 ? T : s.gold[i - 1]!;
        const pp = i === 0 ? T : pred[i - 1]!;
        if (pg !== pp || g !== p) {
          this.trans[pg * T + g]! += 1;
          this.transU[pg * T + g]! += c;
          this.trans[pp * T + p]! -= 1;
          this.transU[pp * T + p]! -= c;
        }
      }
      this.c++;
    }
    return errors;
  }

  /** The averaged weights and (unconstrained) transitions, as of now. */
  averaged(): { weights: Float32Array; transitions: Float32Array } {
    return averageParameters(this.W, this.U, this.trans, this.transU, this.c);
  }
}

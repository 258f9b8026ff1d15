/**
 * Training the multinomial logistic regression: AdaGrad SGD on the weighted log-loss with L2, examples
 * in a seeded shuffled order, so the same data and seed give the same weights bit for bit.
 */
import { seededRng } from '../../util/random.js';
import type { LinearClassifier } from '../../nlp/training.js';
import { softmaxInPlace } from '../../nlp/training.js';

export interface Example {
  readonly ids: Uint32Array;
  readonly label: number;
  readonly weight: number;
}

export interface SgdOptions {
  readonly bits: number;
  readonly labels: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
  /** Return the mean of the weights after each epoch (Polyak averaging) instead of the last ones. */
  readonly average?: boolean;
}

/** The project's seeded PRNG (mulberry32, `src/util/random.ts`). */
export const seededRandom = seededRng;

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function trainLogistic(examples: readonly Example[], o: SgdOptions): LinearClassifier {
  if (o.bits < 4 || o.bits > 24) throw new RangeError(`trainLogistic: bits ${o.bits} out of 4..24`);
  const L = o.labels;
  const weights = new Float64Array((1 << o.bits) * L);
  const g2 = new Float64Array((1 << o.bits) * L);
  const random = seededRandom(o.seed);
  const scores = new Float64Array(L);
  const sum = o.average ? new Float64Array(weights.length) : undefined;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const ex of shuffled(examples, random)) {
      if (ex.label < 0 || ex.label >= L)
        throw new RangeError(`trainLogistic: label ${ex.label} out of 0..${L - 1}`);
      scores.fill(0);
      for (const id of ex.ids) for (let l = 0; l < L; l++) scores[l]! += weights[id * L + l]!;
      softmaxInPlace(scores);
      for (const id of ex.ids) {
        for (let l = 0; l < L; l++) {
          const k = id * L + l;
          const grad = ex.weight * (scores[l]! - (l === ex.label ? 1 : 0)) + o.l2 * weights[k]!;
          g2[k]! += grad * grad;
          weights[k]! -= (o.learningRate * grad) / (Math.sqrt(g2[k]!) + 1e-8);
        }
      }
    }
    if (sum) for (let k = 0; k < weights.length; k++) sum[k]! += weights[k]!;
  }
  if (sum) for (let k = 0; k < weights.length; k++) weights[k] = sum[k]! / o.epochs;
  return { bits: o.bits, labels: L, weights };
}

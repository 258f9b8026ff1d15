/** Confidence calibration: the softmax temperature for token posteriors, fitted on a dev set. */
import { marginals, viterbi } from '../../nlp/training.js';
import { encodedEmissions } from './encode.js';
import type { EncodedSentence } from './perceptron.js';

/** Candidate softmax temperatures for token confidences. */
export const TEMPERATURES = [0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32];

/**
 * Picks the temperature whose token confidences (posterior of the Viterbi tag) best predict whether
 * the tag is right on the dev set (binary log-loss).
 */
export function fitConfidenceTemperature(
  sentences: readonly EncodedSentence[],
  weights: Float32Array,
  trans: Float32Array,
  T: number,
): { temperature: number; logLoss: number } {
  let best = { temperature: 1, logLoss: Infinity };
  const prepared = sentences.map((s) => {
    const em = encodedEmissions(s, weights, T);
    return { s, em, path: viterbi(em, s.gold.length, T, trans) };
  });
  for (const temperature of TEMPERATURES) {
    let loss = 0;
    let count = 0;
    for (const { s, em, path } of prepared) {
      const n = s.gold.length;
      const post = marginals(em, n, T, trans, temperature);
      for (let i = 0; i < n; i++) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, post[i * T + path[i]!]!));
        loss -= path[i] === s.gold[i] ? Math.log(p) : Math.log(1 - p);
        count++;
      }
    }
    const logLoss = loss / Math.max(1, count);
    if (logLoss < best.logLoss) best = { temperature, logLoss };
  }
  return best;
}

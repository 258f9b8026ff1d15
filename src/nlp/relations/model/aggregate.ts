/**
 * From candidate (mention-level) probabilities to pair-level scores: the scorer judges an article's
 * unordered entity pair + category, so each (pair, category) gets one score over every candidate of
 * the pair — the highest candidate probability (`max`) or the chance that at least one candidate holds
 * (`noisy-or`) — and the direction of the candidate that scored it best.
 */
import { RELATION_CATEGORIES, type RelationCategory } from '../../../schema/index.js';
import { pairOf, type Candidate } from './candidates.js';
import { labelOf, NONE_LABEL, type Direction } from './labels.js';

/**
 * `max`: a category's pair score is its best candidate probability; `noisy-or`: the chance that at least
 * one candidate holds; `argmax`: a candidate lends its whole relation mass (1 − p(none)) to its most
 * probable category, so confusable categories do not split one relation's probability.
 */
export type Aggregation = 'max' | 'noisy-or' | 'argmax';

export interface PairScore {
  readonly pair: string;
  readonly category: RelationCategory;
  /** Aggregated probability (uncalibrated). */
  readonly score: number;
  /** The candidate that scored highest for this category, and its direction. */
  readonly best: Candidate;
  readonly direction: Direction;
}

/** Label indices of each category's two directions, in `RELATION_CATEGORIES` order. */
const FORWARD = RELATION_CATEGORIES.map((category) => labelOf(category, 'forward'));
const BACKWARD = RELATION_CATEGORIES.map((category) => labelOf(category, 'backward'));

interface Accumulator {
  none: number;
  max: number;
  best: Candidate;
  direction: Direction;
  readonly category: RelationCategory;
  readonly pair: string;
}

export function aggregatePairs(
  candidates: readonly Candidate[],
  probs: readonly Float64Array[],
  mode: Aggregation,
): PairScore[] {
  // Per pair, one accumulator per category (by index); `all` keeps them in the order they were made.
  const byPair = new Map<string, Accumulator[]>();
  const all: Accumulator[] = [];
  candidates.forEach((c, i) => {
    const p = probs[i]!;
    const pair = pairOf(c);
    const mass = (k: number): number => p[FORWARD[k]!]! + p[BACKWARD[k]!]!;
    let top = -1;
    if (mode === 'argmax') {
      top = 0;
      for (let k = 1; k < RELATION_CATEGORIES.length; k++) if (mass(k) > mass(top)) top = k;
    }
    let accs = byPair.get(pair);
    if (!accs) byPair.set(pair, (accs = []));
    for (let k = 0; k < RELATION_CATEGORIES.length; k++) {
      const fwd = p[FORWARD[k]!]!;
      const bwd = p[BACKWARD[k]!]!;
      const q = k === top ? 1 - p[NONE_LABEL]! : fwd + bwd;
      const direction: Direction = fwd >= bwd ? 'forward' : 'backward';
      const prev = accs[k];
      if (!prev) {
        const made = {
          none: 1 - q,
          max: q,
          best: c,
          direction,
          category: RELATION_CATEGORIES[k]!,
          pair,
        };
        accs.push(made);
        all.push(made);
        continue;
      }
      prev.none *= 1 - q;
      if (q > prev.max) {
        prev.max = q;
        prev.best = c;
        prev.direction = direction;
      }
    }
  });
  return all.map((a) => ({
    pair: a.pair,
    category: a.category,
    score: mode === 'noisy-or' ? 1 - a.none : a.max,
    best: a.best,
    direction: a.direction,
  }));
}

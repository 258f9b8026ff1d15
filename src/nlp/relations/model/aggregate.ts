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

export function aggregatePairs(
  candidates: readonly Candidate[],
  probs: readonly Float64Array[],
  mode: Aggregation,
): PairScore[] {
  const acc = new Map<
    string,
    {
      none: number;
      max: number;
      best: Candidate;
      direction: Direction;
      category: RelationCategory;
      pair: string;
    }
  >();
  candidates.forEach((c, i) => {
    const p = probs[i]!;
    const pair = pairOf(c);
    const mass = (category: RelationCategory): number =>
      p[labelOf(category, 'forward')]! + p[labelOf(category, 'backward')]!;
    const top =
      mode === 'argmax'
        ? RELATION_CATEGORIES.reduce((a, b) => (mass(b) > mass(a) ? b : a))
        : undefined;
    for (const category of RELATION_CATEGORIES) {
      const fwd = p[labelOf(category, 'forward')]!;
      const bwd = p[labelOf(category, 'backward')]!;
      const q = category === top ? 1 - p[NONE_LABEL]! : fwd + bwd;
      const key = `${pair}#${category}`;
      const prev = acc.get(key);
      const direction: Direction = fwd >= bwd ? 'forward' : 'backward';
      if (!prev) {
        acc.set(key, { none: 1 - q, max: q, best: c, direction, category, pair });
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
  return [...acc.values()].map((a) => ({
    pair: a.pair,
    category: a.category,
    score: mode === 'noisy-or' ? 1 - a.none : a.max,
    best: a.best,
    direction: a.direction,
  }));
}

/**
 * From candidate (mention-level) probabilities to pair-level scores: the scorer judges an article's
 * unordered entity pair + category, so each (pair, category) gets one score over every candidate of
 * the pair — the highest candidate probability (`max`) or the chance that at least one candidate holds
 * (`noisy-or`) — and the direction of the candidate that scored it best.
 */
import { RELATION_CATEGORIES, type RelationCategory } from '../../../schema/index.js';
import { pairOf, type Candidate } from './candidates.js';
import { labelOf, type Direction } from './labels.js';

export type Aggregation = 'max' | 'noisy-or';

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
    for (const category of RELATION_CATEGORIES) {
      const fwd = p[labelOf(category, 'forward')]!;
      const bwd = p[labelOf(category, 'backward')]!;
      const q = fwd + bwd;
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
    score: mode === 'max' ? a.max : 1 - a.none,
    best: a.best,
    direction: a.direction,
  }));
}

/**
 * Fitting a relation model: the classifier on all training articles, and — from inner article-level
 * cross-validation on the same training articles only — the Platt calibration of pair scores and the
 * decision threshold(s) that maximise F1 in the scorer's terms (unordered gold pair + category).
 */
import {
  aggregatePairs,
  LABEL_COUNT,
  NONE_LABEL,
  labelInfo,
  labelOf,
  predictProba,
  RELATION_MODEL_FORMAT,
  applyPlatt,
  fitPlatt,
  type Aggregation,
  type LinearClassifier,
  type PairScore,
  type RelationModel,
} from '../../nlp/training.js';
import { RELATION_CATEGORIES, type RelationCategory } from '../../schema/index.js';
import { IGNORE, type PreparedArticle } from './dataset.js';
import { seededRandom, shuffled, trainLogistic, type Example } from './sgd.js';

export interface FitOptions {
  readonly bits: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
  /** Weight of `none` examples (the others weigh 1). */
  readonly noneWeight: number;
  readonly aggregation: Aggregation;
  readonly innerFolds: number;
  /** Tune one threshold per category (when it has enough held-out positives) besides the global one. */
  readonly perCategory: boolean;
  /**
   * Train every positive as `forward` (the scorer ignores direction): twice the examples per class; the
   * direction then comes from a rule for the pair, else the text order.
   */
  readonly undirected: boolean;
  /** Keep every rule relation besides the model's (union) instead of the model's alone. */
  readonly keepRules: boolean;
  /** Label a gold pair's candidates positive in every sentence, not only in the gold evidence sentence. */
  readonly anySentence: boolean;
  /** Average the weights over the epochs (Polyak) instead of keeping the last ones. */
  readonly average: boolean;
}

export const DEFAULT_FIT: FitOptions = {
  bits: 18,
  epochs: 12,
  learningRate: 0.1,
  l2: 0.1,
  seed: 20261202,
  noneWeight: 0.3,
  aggregation: 'argmax',
  innerFolds: 3,
  perCategory: false,
  undirected: false,
  keepRules: true,
  anySentence: false,
  average: true,
};

export function examplesOf(articles: readonly PreparedArticle[], o: FitOptions): Example[] {
  const out: Example[] = [];
  for (const a of articles)
    a.encoded.ids.forEach((ids, i) => {
      const labels = a.labels[i]!;
      if (labels[0] === IGNORE && !o.anySentence) return;
      for (const label of labels) {
        if (label === IGNORE) continue;
        if (label === NONE_LABEL) out.push({ ids, label, weight: o.noneWeight });
        else
          out.push({
            ids,
            label: o.undirected ? labelOf(labelInfo(label).category, 'forward') : label,
            weight: 1,
          });
      }
    });
  return out;
}

export function trainClassifier(
  articles: readonly PreparedArticle[],
  o: FitOptions,
): LinearClassifier {
  return trainLogistic(examplesOf(articles, o), {
    bits: o.bits,
    labels: LABEL_COUNT,
    epochs: o.epochs,
    learningRate: o.learningRate,
    l2: o.l2,
    seed: o.seed,
    average: o.average,
  });
}

/** Article-level folds: a seeded permutation dealt round-robin. */
export function foldsOf<T>(items: readonly T[], k: number, seed: number): T[][] {
  if (!Number.isInteger(k) || k < 2 || k > items.length)
    throw new RangeError(`foldsOf: k=${k} must be an integer in 2..${items.length}`);
  const folds: T[][] = Array.from({ length: k }, () => []);
  shuffled(items, seededRandom(seed)).forEach((x, i) => folds[i % k]!.push(x));
  return folds;
}

export function pairScoresOf(
  article: PreparedArticle,
  classifier: LinearClassifier,
  aggregation: Aggregation,
): PairScore[] {
  const probs = article.encoded.ids.map((ids) => predictProba(classifier, ids));
  return aggregatePairs(article.encoded.candidates, probs, aggregation);
}

/** A pair score in the scorer's terms: its gold key when both ends are aligned, and whether it is gold. */
export interface KeyedScore {
  readonly key: string;
  readonly category: RelationCategory;
  readonly score: number;
  readonly gold: boolean;
}

/** The best score per scorer key of one article (several entity pairs may align to one gold pair). */
export function keyedScores(article: PreparedArticle, scores: readonly PairScore[]): KeyedScore[] {
  const best = new Map<string, KeyedScore>();
  for (const s of scores) {
    const [x, y] = s.pair.split('|').map(Number) as [number, number];
    const a = article.goldOf.get(x);
    const b = article.goldOf.get(y);
    const key =
      a !== undefined && b !== undefined && a !== b
        ? `${Math.min(a, b)}-${Math.max(a, b)}-${s.category}`
        : `x:${s.pair}:${s.category}`;
    const prev = best.get(key);
    if (!prev || s.score > prev.score)
      best.set(key, { key, category: s.category, score: s.score, gold: article.goldKeys.has(key) });
  }
  return [...best.values()];
}

/** The threshold on `scores` that maximises F1, given `totalGold` gold items (some never scored). */
export function bestThreshold(
  scores: readonly { score: number; gold: boolean }[],
  totalGold: number,
): { threshold: number; f1: number } {
  const sorted = [...scores].sort((a, b) => b.score - a.score);
  let tp = 0;
  let best = { threshold: 1, f1: 0 };
  sorted.forEach((s, i) => {
    if (s.gold) tp++;
    const next = sorted[i + 1];
    if (next && next.score === s.score) return;
    const precision = tp / (i + 1);
    const recall = totalGold ? tp / totalGold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > best.f1) best = { threshold: next ? (s.score + next.score) / 2 : s.score, f1 };
  });
  return best;
}

export function fitRelationModel(
  articles: readonly PreparedArticle[],
  o: FitOptions = DEFAULT_FIT,
  provenance: Record<string, unknown> = {},
): RelationModel {
  // Inner cross-validation: out-of-fold pair scores for calibration and the threshold.
  const oof: KeyedScore[] = [];
  let totalGold = 0;
  const goldByCategory = new Map<RelationCategory, number>();
  for (const fold of foldsOf(articles, Math.min(o.innerFolds, articles.length), o.seed + 1)) {
    const held = new Set(fold);
    const classifier = trainClassifier(
      articles.filter((a) => !held.has(a)),
      o,
    );
    for (const a of fold) {
      oof.push(...keyedScores(a, pairScoresOf(a, classifier, o.aggregation)));
      totalGold += a.goldKeys.size;
      for (const k of a.goldKeys) {
        const c = k.split('-')[2] as RelationCategory;
        goldByCategory.set(c, (goldByCategory.get(c) ?? 0) + 1);
      }
    }
  }
  const calibration = fitPlatt(
    oof.map((s) => s.score),
    oof.map((s) => s.gold),
  );
  const calibrated = oof.map((s) => ({ ...s, score: applyPlatt(calibration, s.score) }));
  const { threshold } = bestThreshold(calibrated, totalGold);
  const categoryThresholds: Partial<Record<RelationCategory, number>> = {};
  if (o.perCategory) {
    for (const c of RELATION_CATEGORIES) {
      const mine = calibrated.filter((s) => s.category === c);
      if (mine.filter((s) => s.gold).length < 10) continue;
      categoryThresholds[c] = bestThreshold(mine, goldByCategory.get(c) ?? 0).threshold;
    }
  }
  return {
    format: RELATION_MODEL_FORMAT,
    language: articles[0]?.extraction.article.language ?? 'es',
    classifier: trainClassifier(articles, o),
    aggregation: o.aggregation,
    calibration,
    threshold,
    categoryThresholds,
    keepRules: o.keepRules,
    provenance: { ...provenance, options: o },
  };
}

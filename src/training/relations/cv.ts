/**
 * Article-level K-fold cross-validation of the relation model: train on K−1 folds (calibration and
 * threshold from inner folds of those), score the held-out fold with the gold scorer; plus the
 * in-sample figure (trained on all, scored on the same articles) for comparison.
 */
import { scoreExtraction, summarize } from '../../eval/gold/index.js';
import type { ArticleScore, GoldReport } from '../../eval/gold/index.js';
import { modelRelations, type RelationModel } from '../../nlp/training.js';
import type { PreparedArticle } from './dataset.js';
import { DEFAULT_FIT, fitRelationModel, foldsOf, type FitOptions } from './fit.js';
import { seededRandom, shuffled } from './sgd.js';

export function scoreWithModel(a: PreparedArticle, model: RelationModel): ArticleScore {
  const relations = modelRelations(a.encoded, model, a.extraction.relations).filter(
    (r) => r.subject !== r.object,
  );
  return scoreExtraction(a.gold, { ...a.extraction, relations });
}

export interface CvReport {
  readonly k: number;
  readonly seed: number;
  readonly cv: GoldReport;
  /** CV report restricted to each corpus ("news", "news-train"). */
  readonly byCorpus: Record<string, GoldReport>;
  readonly inSample?: GoldReport;
  /** Share of each fold's training articles the model was trained on (1: all of them). */
  readonly trainFraction: number;
}

export function crossValidate(
  articles: readonly PreparedArticle[],
  k = 5,
  o: FitOptions = DEFAULT_FIT,
  options: {
    inSample?: boolean;
    /** Called with each held-out article, the model that did not see it, and its score. */
    onHeldOut?: (article: PreparedArticle, model: RelationModel, score: ArticleScore) => void;
    /**
     * Per fold (0-based), the articles as that fold scores them, parallel to `articles`: e.g. prepared
     * with an NER model trained without the fold (`prepareFoldViews`). Only the held-out ones are used;
     * the relation model always trains on `articles`. Default: `articles` themselves.
     */
    heldOutViews?: readonly (readonly PreparedArticle[])[];
    /**
     * Train each fold's model on this share of its training articles (a seeded choice, at least one
     * article): points of a learning curve on the same held-out folds. Default 1.
     */
    trainFraction?: number;
  } = {},
): CvReport {
  const trainFraction = options.trainFraction ?? 1;
  if (!(trainFraction > 0 && trainFraction <= 1))
    throw new RangeError(`crossValidate: trainFraction must be in (0, 1], got ${trainFraction}`);
  const scores = new Map<PreparedArticle, ArticleScore>();
  const index = new Map(articles.map((a, i) => [a, i]));
  if (options.heldOutViews && options.heldOutViews.length !== k)
    throw new RangeError(
      `crossValidate: ${options.heldOutViews.length} held-out views for ${k} folds`,
    );
  for (const [f, fold] of foldsOf(articles, k, o.seed).entries()) {
    const held = new Set(fold);
    const training = articles.filter((a) => !held.has(a));
    const model = fitRelationModel(
      trainFraction === 1
        ? training
        : shuffled(training, seededRandom(o.seed + f + 1)).slice(
            0,
            Math.max(1, Math.round(training.length * trainFraction)),
          ),
      o,
    );
    const view = options.heldOutViews?.[f];
    if (view && view.length !== articles.length)
      throw new RangeError(
        `crossValidate: the held-out view of fold ${f + 1} has ${view.length} articles, expected ${articles.length}`,
      );
    for (const a of fold) {
      const scored = view ? view[index.get(a)!]! : a;
      const score = scoreWithModel(scored, model);
      scores.set(a, score);
      options.onHeldOut?.(scored, model, score);
    }
  }
  const ordered = articles.map((a) => scores.get(a)!);
  const corpora = [...new Set(articles.map((a) => a.gold.corpus))];
  const byCorpus = Object.fromEntries(
    corpora.map((c) => [c, summarize(ordered.filter((_, i) => articles[i]!.gold.corpus === c))]),
  );
  const report: CvReport = {
    k,
    seed: o.seed,
    cv: summarize(ordered),
    byCorpus,
    trainFraction,
  };
  if (!options.inSample) return report;
  const model = fitRelationModel(articles, o);
  return { ...report, inSample: summarize(articles.map((a) => scoreWithModel(a, model))) };
}

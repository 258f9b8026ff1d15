/**
 * The committed NER model's training recipe, shared by `npm run train:ner` and the entity
 * cross-validation (`npm run eval:entities-cv`): CoNLL-2002 esp.train plus the annotated news articles
 * (gold names projected onto the pipeline's tokens), external gazetteer, document features with
 * dropout, CRF with step 0.03; epoch chosen on esp.testa.
 */
import { join } from 'node:path';
import { loadGoldDirs, articleOf, type GoldArticle } from '../../src/eval/gold/index.js';
import { conllDocuments } from '../../src/nlp/ner/document.js';
import { ClusterTable } from '../../src/nlp/ner/clusters.js';
import {
  externalGazetteer,
  parseExternalLists,
  trainNer,
  withArticles,
  type AnnotatedArticle,
  type LearnerName,
  type TrainResult,
  type TrainingSet,
} from '../../src/training/ner/index.js';
import type { LabelledSentence } from '../../src/training/ner/lexicon-build.js';
import { readGivenNames, readNewsSentences, SHARED_DATA } from './common.js';

export interface AnnotatedNews extends AnnotatedArticle {
  /** File name of the article ("es-fnc-dev-165.txt"). */
  readonly name: string;
  /** Corpus folder ("news", "news-train"). */
  readonly corpus: string;
  readonly gold: GoldArticle;
}

/** The 62 annotated articles of news + news-train, with their gold entities. */
export async function readAnnotatedNews(): Promise<AnnotatedNews[]> {
  const golds = await loadGoldDirs([
    join(SHARED_DATA, 'news', 'gold'),
    join(SHARED_DATA, 'news-train', 'gold'),
  ]);
  return golds.map((g) => ({
    name: g.gold.article,
    corpus: g.corpus,
    text: articleOf(g).text,
    entities: g.gold.entities,
    gold: g,
  }));
}

export interface RecipeOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly folds: number;
  readonly minCount: number;
  readonly learner: LearnerName;
  readonly eta?: number;
  readonly l2?: number;
  readonly pruneBelow?: number;
  readonly ensemble: number;
  readonly ext: string;
  readonly docs: boolean;
  readonly docDropout: number;
  readonly clusters: ClusterTable;
  /** Copies of each annotated article in the training set (0: CoNLL only). */
  readonly articleWeight: number;
  readonly log?: (message: string) => void;
}

export const DEFAULT_RECIPE: Omit<RecipeOptions, 'clusters'> = {
  epochs: 15,
  seed: 2002,
  folds: 5,
  minCount: 2,
  learner: 'crf',
  ensemble: 1,
  ext: 'default',
  docs: true,
  docDropout: 0.5,
  articleWeight: 4,
};

/** Trains on CoNLL `train` plus `articles` (each `articleWeight` times), choosing the epoch on `dev`. */
export function trainRecipe(
  train: readonly LabelledSentence[],
  dev: readonly LabelledSentence[],
  articles: readonly AnnotatedArticle[],
  o: RecipeOptions,
): TrainResult {
  const base: TrainingSet = {
    sentences: train,
    documents: conllDocuments(train.map((s) => s.tokens)),
  };
  const set = withArticles(base, articles, o.articleWeight);
  const extLists = parseExternalLists(o.ext);
  const external =
    extLists.length > 0
      ? [externalGazetteer('ext', extLists, { givenNames: readGivenNames() })]
      : [];
  if (external.length > 0)
    o.log?.(`external gazetteer: ${extLists.join(', ')}: ${external[0]!.entryCount} phrases`);
  const articleNote =
    articles.length > 0 && o.articleWeight > 0
      ? ` Plus ${articles.length} annotated Spanish news articles (${o.articleWeight}× each; gold entity names and aliases of ../shared/data/news and news-train projected onto the pipeline's tokens; FakeDeS 2021 / Spanish Fake News Corpus, texts not distributed).`
      : '';
  return trainNer(set.sentences, dev, o.clusters, readNewsSentences(), {
    epochs: o.epochs,
    seed: o.seed,
    folds: o.folds,
    minFeatureCount: o.minCount,
    learner: o.learner,
    ensemble: o.ensemble,
    gazetteers: external,
    documentDropout: o.docDropout,
    ...(o.docs
      ? { documents: { train: set.documents, dev: conllDocuments(dev.map((s) => s.tokens)) } }
      : {}),
    provenance:
      'Trained on CoNLL-2002 Spanish esp.train (EFE newswire, May 2000; Tjong Kim Sang 2002, https://aclanthology.org/W02-2024/); epoch chosen on esp.testa. Data not distributed with trama.' +
      articleNote +
      (extLists.length > 0
        ? ` External gazetteer "ext" from trama's resources/gazetteer and role/cue lexicons (docs/gazetteers.md): ${extLists.join(', ')}.`
        : '') +
      (o.docs ? ' Document-level features (articles split at datelines).' : ''),
    // CRF weights are all non-zero; rows below 0.01 do not change dev F1 (measured) and cost load time.
    pruneBelow: o.pruneBelow ?? (o.learner === 'crf' ? 0.01 : 0),
    learnerOptions: {
      // 0.03 rather than the learner's 0.05: +0.2 dev F1 on two seeds with the external gazetteer (docs/ner.md).
      ...(o.eta !== undefined ? { eta: o.eta } : o.learner === 'crf' ? { eta: 0.03 } : {}),
      ...(o.l2 !== undefined ? { l2: o.l2 } : {}),
    },
    ...(o.log ? { log: o.log } : {}),
  });
}

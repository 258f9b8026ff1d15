/** NER training: learners (CRF, perceptron), calibration, lexicons and clusters built from CoNLL. */
export { trainNer } from './train.js';
export type { TrainOptions, TrainResult, EpochReport, LearnerName } from './train.js';
export type { LabelledSentence } from './lexicon-build.js';
export {
  externalGazetteer,
  parseExternalLists,
  EXTERNAL_LISTS,
  DEFAULT_EXTERNAL_LISTS,
} from './external-gazetteer.js';
export type { ExternalListName } from './external-gazetteer.js';
export { buildClusters, DEFAULT_CLUSTER_OPTIONS } from './cluster-build.js';
export { projectGoldMentions, nameTokens, type GoldEntityForms } from './gold-spans.js';
export { withArticles, type AnnotatedArticle, type TrainingSet } from './training-set.js';

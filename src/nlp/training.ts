/**
 * The second face of the NLP layer, for `src/training` only (the lint's boundaries let no other
 * module import it): the internals a learner builds models from — the NER tagger's features,
 * decoding, token normalisation and cluster tables; the relation model's encoder, classifier,
 * labels and calibration; the sentence views both read; the gazetteer lexicons the NER's external
 * gazetteer is made of. Everything else, training reads through `nlp/index.ts` like any caller.
 */
export {
  ClusterTable,
  NerModel,
  PhraseGazetteer,
  TAGS,
  TAG_INDEX,
  clusterKey,
  constrainTransitions,
  createTagger,
  documentContext,
  extractFeatures,
  marginals,
  normalizeToken,
  toIob2,
  tokenView,
  viterbi,
  type DocumentContext,
  type FeatureResources,
  type GazetteerEntry,
  type GazetteerSource,
} from './ner/index.js';
export {
  LABEL_COUNT,
  NONE_LABEL,
  RELATION_MODEL_FORMAT,
  aggregatePairs,
  applyPlatt,
  encodeArticle,
  fitPlatt,
  labelInfo,
  labelOf,
  modelRelations,
  relationParts,
  predictProba,
  scoreEncoded,
  softmaxInPlace,
  type Aggregation,
  type EncodedArticle,
  type LinearClassifier,
  type PairScore,
  type RelationModel,
} from './relations/model/index.js';
export { buildSentenceViews } from './relations/sentence-view.js';
export {
  EVENT_CUES_ES,
  LAW_CUES_ES,
  ORG_HEADS_ES,
  PLACE_CUES_ES,
  ROLES_ES,
  allCities,
  allCountries,
  allRegions,
  inflectSpanish,
  readResource,
} from './gazetteer/index.js';
/** The pipeline's own sentence splitter and tokeniser: NER training data from annotated articles is cut the same way. */
export { splitSentences, tokenize } from './segment/index.js';

/** Spanish named-entity recognition: a linear-chain (CRF or perceptron) IOB2 tagger over PER/LOC/ORG/MISC. */
export { loadNerModel, defaultNerModelPath, DEFAULT_NER_MODEL_FILE } from './loader.js';
export { createTagger } from './tagger.js';
export type { NerTagger, TaggedWithScores } from './tagger.js';
export { NerModel } from './model.js';
export { TAGS, ENTITY_TYPES, allowedTransition, toIob2, tagType } from './tags.js';
export { PhraseGazetteer } from './gazetteer.js';
export type { GazetteerSource, GazetteerEntry } from './gazetteer.js';
export { normalizeToken } from './normalize.js';
export { serializeNerModel, deserializeNerModel } from './serialize.js';
export { trainNer } from './train.js';
export type { TrainOptions, TrainResult, EpochReport } from './train.js';
export type { LabelledSentence } from './lexicon-build.js';
export { conllDocuments } from './document.js';
export type { DocumentContext } from './document.js';
export {
  externalGazetteer,
  parseExternalLists,
  EXTERNAL_LISTS,
  DEFAULT_EXTERNAL_LISTS,
} from './external-gazetteer.js';
export type { ExternalListName } from './external-gazetteer.js';

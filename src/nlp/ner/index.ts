/** Spanish named-entity recognition: a linear-chain (CRF or perceptron) IOB2 tagger over PER/LOC/ORG/MISC. */
export { loadNerModel, defaultNerModelPath, DEFAULT_NER_MODEL_FILE } from './loader.js';
export { createTagger } from './tagger.js';
export type { NerTagger, TaggedWithScores } from './tagger.js';
export { NerModel, constrainTransitions } from './model.js';
export { TAGS, TAG_INDEX, ENTITY_TYPES, allowedTransition, toIob2, tagType } from './tags.js';
export { PhraseGazetteer } from './gazetteer.js';
export type { GazetteerSource, GazetteerEntry } from './gazetteer.js';
export { clusterKey, normalizeToken } from './normalize.js';
export { serializeNerModel, deserializeNerModel } from './serialize.js';
export { conllDocuments, documentContext } from './document.js';
export type { DocumentContext } from './document.js';
// What training (src/training/ner) builds the model from: features, decoding, clusters.
export { extractFeatures, tokenView } from './features.js';
export { marginals, viterbi } from './decode.js';
export { ClusterTable } from './clusters.js';
export type { FeatureResources } from './resources.js';

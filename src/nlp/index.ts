/**
 * The public face of the NLP layer: one article in, its sentences, entities, relations, dates and
 * quantities out. Callers outside `src/nlp` import from here only.
 */
export { extractArticle } from './extract.js';
export { loadKnowledge, type KnowledgeOptions } from './resources.js';
export type {
  CueType,
  DemonymInfo,
  Knowledge,
  NerSpan,
  PlaceInfo,
  RoleInfo,
  RoleMatch,
} from './knowledge.js';
export type {
  ArticleEntity,
  ArticleExtraction,
  EntityMention,
  MentionForm,
  Sentence,
  TextDate,
  TextQuantity,
  Token,
} from './types.js';
export type { ArticleRelation } from './relations/index.js';
export { LANGUAGE_PACKS, packFor, type LanguagePack } from './lang/index.js';
export { conllDocuments, loadNerModel } from './ner/index.js';

export {
  prepareArticle,
  alignToGold,
  IGNORE,
  type PreparedArticle,
  type GoldRel,
} from './dataset.js';
export {
  DEFAULT_FIT,
  fitRelationModel,
  foldsOf,
  bestThreshold,
  trainClassifier,
  type FitOptions,
} from './fit.js';
export { crossValidate, scoreWithModel, type CvReport } from './cv.js';
export { trainLogistic, seededRandom, shuffled, type Example, type SgdOptions } from './sgd.js';
export {
  CONLL_NER_MODEL,
  trainingGoldDirs,
  prepareGold,
  prepareFoldViews,
  type PrepareOptions,
} from './data.js';
export {
  relationErrors,
  type RelationError,
  type MissReason,
  type SpuriousReason,
} from './errors.js';
export { findFoldNerModels, foldNerModelName, type FoldModelSpec } from './fold-ner.js';

export { evaluateGold, scoreExtraction, summarize, articleOf, type Extractor } from './run.js';
export { loadGoldDir, loadGoldDirs, type GoldArticle } from './load.js';
export {
  scoreArticle,
  prf,
  alignEntities,
  goldRelationKeys,
  pairKey,
  type ScoredEntity,
  type EntityAlignment,
} from './score.js';
export * from './types.js';
export { classifyEntityErrors, countErrorKinds } from './classify.js';

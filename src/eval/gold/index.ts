export { evaluateGold } from './run.js';
export { scoreArticle, prf } from './score.js';
export * from './types.js';
export {
  classifyEntityErrors,
  countErrorKinds,
  type EntityError,
  type EntityErrorKind,
} from './classify.js';

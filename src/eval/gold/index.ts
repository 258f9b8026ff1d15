export { evaluateGold } from './run.js';
export { scoreArticle, prf } from './score.js';
export * from './types.js';
export { classifyEntityErrors, countErrorKinds } from './classify.js';

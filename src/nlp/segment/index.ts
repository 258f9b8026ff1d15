export { sentencesFromTokens, splitSentences } from './sentences.js';
export { tokenize } from './tokenize.js';
export { isAbbreviation } from './abbreviations.js';

export { sentencesFromTokens, spanText, splitSentences } from './sentences.js';
export { tokenize } from './tokenize.js';
export { isAbbreviation } from './abbreviations.js';

export { sentencesFromTokens, spanText, splitSentences } from './sentences.js';
export { HANDLE_PATTERN, tokenize } from './tokenize.js';
export { isAbbreviation } from './abbreviations.js';

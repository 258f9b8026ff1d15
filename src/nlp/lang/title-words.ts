import { words } from './words.js';

/**
 * English function words, capitalised or not: in a capitalised span they mark a title of a work
 * ("Stop The Trends"), in English text and in the English titles Spanish news quotes.
 */
export const ENGLISH_TITLE_WORDS: ReadonlySet<string> = words(
  'The Of And For To In On A An the of and for',
);

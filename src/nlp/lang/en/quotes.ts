import type { QuoteWords } from '../types.js';

/** Matches nothing. */
const NONE = /(?!)/;

/** The colon and document rules of quotations are not written for English yet. */
export const EN_QUOTES: QuoteWords = {
  sayingNouns: NONE,
  introducingVerbs: NONE,
  documentNouns: NONE,
};

import type { ClauseWords, Morphology } from '../types.js';
import { words } from '../words.js';

/** Matches nothing: English marks no infinitive or plural on the verb form itself. */
const NONE = /(?!)/;

export const EN_CLAUSES: ClauseWords = {
  breaks: words('that which who whom where when while although because but'),
  relatives: words('which who'),
  personalRelatives: words('who'),
  openers: words('that which who whom where when'),
  complementizer: 'that',
};

export const EN_MORPHOLOGY: Morphology = {
  infinitive: NONE,
  objectClitics: new Set(),
  reflexives: new Set(),
  pluralVerb: NONE,
  preverbal: new Set(),
};

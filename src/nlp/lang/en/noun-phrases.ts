import type { LocatedWords, NounPhraseWords } from '../types.js';

/** Matches nothing. */
const NONE = /(?!)/;

/** The noun-phrase relation rules are not written for English yet: no nouns, so they never fire. */
export const EN_NOUN_PHRASES: NounPhraseWords = {
  cooperationNouns: NONE,
  meetingNouns: NONE,
  conflictNouns: NONE,
  between: 'between',
  ownerNouns: NONE,
  propertyNouns: new Map(),
  groupNouns: NONE,
  listOpeners: new Set(),
};

/** The place-class and event-place rules are not written for English yet. */
export const EN_LOCATED: LocatedWords = {
  holdingVerbs: NONE,
  placeClassNouns: NONE,
  classCopulas: NONE,
};

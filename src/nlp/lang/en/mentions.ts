import { ENGLISH_TITLE_WORDS } from '../title-words.js';
import type { MentionWords } from '../types.js';
import { words } from '../words.js';

/** Matches nothing. */
const NONE = /(?!)/;

export const EN_MENTIONS: MentionWords = {
  /** The portfolio rule is not written for English yet (see OptionalRules.portfolios). */
  portfolio: {
    abstractNouns: NONE,
    inside: new Set(),
    prepositions: new Set(),
    of: '',
    purpose: '',
    degrees: NONE,
    roles: new Set(),
  },
  languageCues: new Set(),
  notLanguageEnding: NONE,
  fixedExpressions: new Map(),
  titleWords: ENGLISH_TITLE_WORDS,
  territoryOrBodyHeads: words('department'),
  ambiguousHeads: new Set(),
  exampleOpeners: new Set(),
  classNominals: new Map(),
  chamber: { noun: '', sides: new Set() },
  works: { naming: NONE, namingUnquoted: NONE, nouns: NONE },
  described: { elections: NONE, electionKinds: NONE, events: NONE, laws: NONE, compounds: [] },
  eponymCues: new Set(),
};

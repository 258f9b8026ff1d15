import type { PredicativeWords, VerbWords } from '../types.js';

/** Matches nothing. */
const NONE = /(?!)/;

/** The predicative-role rules are not written for English yet: no cue words, so they never fire. */
export const EN_PREDICATIVE: PredicativeWords = {
  copulas: new Set(),
  namingParticiples: NONE,
  become: NONE,
  becomePreposition: '',
  as: '',
  partNouns: new Set(),
  skippable: new Set(),
  fillers: new Set(),
  links: new Set(),
  bodyLinks: new Set(),
  withPreposition: '',
};

export const EN_VERBS: VerbWords = { locative: 'in' };

/** The Spanish language pack: every word and pattern the rules read for Spanish text. */
import type { LanguagePack } from '../types.js';
import { ES } from './grammar.js';
import { ES_TRIGGER_LEXICON } from './triggers.js';

export const SPANISH: LanguagePack = {
  language: 'es',
  grammar: ES,
  triggers: ES_TRIGGER_LEXICON,
};

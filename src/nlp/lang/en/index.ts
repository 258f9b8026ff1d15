/** The English language pack: every word and pattern the rules read for English text. */
import type { LanguagePack } from '../types.js';
import { EN } from './grammar.js';
import { EN_TRIGGER_LEXICON } from './triggers.js';

export const ENGLISH: LanguagePack = {
  language: 'en',
  grammar: EN,
  triggers: EN_TRIGGER_LEXICON,
};

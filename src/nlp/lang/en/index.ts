/** The English language pack: every word and pattern the rules read for English text. */
import type { LanguagePack } from '../types.js';
import { EN_CLAUSES, EN_MORPHOLOGY } from './clauses.js';
import { EN } from './grammar.js';
import { EN_PREDICATIVE, EN_VERBS } from './predicative.js';
import { EN_NOUN_FRAMES } from './noun-frames.js';
import { EN_LOCATED, EN_NOUN_PHRASES } from './noun-phrases.js';
import { EN_QUOTES } from './quotes.js';
import { EN_COREF } from './coref.js';
import { EN_MENTIONS } from './mentions.js';
import { EN_ROLES } from './roles.js';
import { EN_TRIGGER_LEXICON } from './triggers.js';

export const ENGLISH: LanguagePack = {
  language: 'en',
  nerModel: false,
  typology: { lowercaseDemonyms: false, headFinal: true },
  rules: { titlesOfWorks: false, describedNames: false, portfolios: false, countryMetonyms: false },
  grammar: EN,
  clauses: EN_CLAUSES,
  morphology: EN_MORPHOLOGY,
  triggers: EN_TRIGGER_LEXICON,
  verbs: EN_VERBS,
  predicative: EN_PREDICATIVE,
  roles: EN_ROLES,
  nounFrames: EN_NOUN_FRAMES,
  nounPhrases: EN_NOUN_PHRASES,
  located: EN_LOCATED,
  quotes: EN_QUOTES,
  coref: EN_COREF,
  mentions: EN_MENTIONS,
};

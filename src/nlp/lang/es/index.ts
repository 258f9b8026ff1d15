/** The Spanish language pack: every word and pattern the rules read for Spanish text. */
import type { LanguagePack } from '../types.js';
import { ES_CLAUSES, ES_MORPHOLOGY } from './clauses.js';
import { ES } from './grammar.js';
import { ES_PREDICATIVE, ES_VERBS } from './predicative.js';
import { ES_NOUN_FRAMES } from './noun-frames.js';
import { ES_LOCATED, ES_NOUN_PHRASES } from './noun-phrases.js';
import { ES_QUOTES } from './quotes.js';
import { ES_COREF } from './coref.js';
import { ES_MENTIONS } from './mentions.js';
import { ES_ROLES } from './roles.js';
import { ES_TRIGGER_LEXICON } from './triggers.js';

export const SPANISH: LanguagePack = {
  language: 'es',
  nerModel: true,
  typology: { lowercaseDemonyms: true, headFinal: false },
  rules: { titlesOfWorks: true, describedNames: true, portfolios: true, countryMetonyms: true },
  grammar: ES,
  clauses: ES_CLAUSES,
  morphology: ES_MORPHOLOGY,
  triggers: ES_TRIGGER_LEXICON,
  verbs: ES_VERBS,
  predicative: ES_PREDICATIVE,
  roles: ES_ROLES,
  nounFrames: ES_NOUN_FRAMES,
  nounPhrases: ES_NOUN_PHRASES,
  located: ES_LOCATED,
  quotes: ES_QUOTES,
  coref: ES_COREF,
  mentions: ES_MENTIONS,
};

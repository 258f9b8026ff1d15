/** Trigger lexicons by language (a registry: adding a language is one entry). */
import type { Language } from '../../schema/index.js';
import { EN_TRIGGER_LEXICON } from './triggers-en.js';
import { ES_TRIGGER_LEXICON, type TriggerLexicon } from './triggers-es.js';

export type { TriggerLexicon, VerbTrigger } from './triggers-es.js';

export const TRIGGER_LEXICONS: Readonly<Record<Language, TriggerLexicon>> = {
  es: ES_TRIGGER_LEXICON,
  en: EN_TRIGGER_LEXICON,
};

/** Grammar lexicons by language (a registry: adding a language is one entry). */
import type { Language } from '../../schema/index.js';
import { EN } from './en.js';
import { ES } from './es.js';
import type { GrammarLexicon } from './types.js';

export type { GrammarLexicon } from './types.js';

export const GRAMMAR_LEXICONS: Readonly<Record<Language, GrammarLexicon>> = { es: ES, en: EN };

export function grammarFor(language: Language): GrammarLexicon {
  return GRAMMAR_LEXICONS[language];
}

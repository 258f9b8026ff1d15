/** Language packs by language (a registry: adding a language is one entry and one folder). */
import type { Language } from '../../schema/index.js';
import { ENGLISH } from './en/index.js';
import { SPANISH } from './es/index.js';
import type { LanguagePack } from './types.js';

export type {
  GrammarLexicon,
  LanguagePack,
  MentionWords,
  NounFrame,
  PortfolioWords,
  TriggerLexicon,
  VerbTrigger,
} from './types.js';

export const LANGUAGE_PACKS: Readonly<Record<Language, LanguagePack>> = {
  es: SPANISH,
  en: ENGLISH,
};

/** The pack of `language`; throws on a language without one (a caller bypassing the schema). */
export function packFor(language: Language): LanguagePack {
  const pack = LANGUAGE_PACKS[language] as LanguagePack | undefined;
  if (!pack) throw new Error(`packFor: no language pack for ${JSON.stringify(language)}`);
  return pack;
}

/** The gazetteer's canonical language, and lookup order by language. */
import type { Language } from './types.js';

/** The language of the gazetteer's canonical names (`name`, a demonym's `target`). */
export const CANONICAL_LANGUAGE: Language = 'es';

/** Per-language indexes, the requested language first (the canonical one when none is asked for). */
export function preferring<T>(
  byLanguage: Readonly<Record<Language, T>>,
  language: Language = CANONICAL_LANGUAGE,
): T[] {
  const others = (Object.keys(byLanguage) as Language[]).filter((l) => l !== language);
  return [byLanguage[language], ...others.map((l) => byLanguage[l])];
}

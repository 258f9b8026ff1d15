/** The gazetteer's canonical language, lookup order by language, and names keyed by language on disk. */
import { LANGUAGES } from '../../schema/index.js';
import type { ByLanguage, Language } from './types.js';

/** The language of the gazetteer's canonical names (`name`, a demonym's `target`). */
export const CANONICAL_LANGUAGE: Language = 'es';

/** The language of GeoNames' own names (a city's `names.en`, a capital's `en`): capitals are matched in it. */
export const GEONAMES_LANGUAGE: Language = 'en';

/** Per-language indexes, the requested language first (the canonical one when none is asked for). */
export function preferring<T>(
  byLanguage: Readonly<Record<Language, T>>,
  language: Language = CANONICAL_LANGUAGE,
): T[] {
  const others = (Object.keys(byLanguage) as Language[]).filter((l) => l !== language);
  return [byLanguage[language], ...others.map((l) => byLanguage[l])];
}

/** Names as stored in the compact city and region rows: a language whose name is the canonical one is left out. */
export type StoredNames = { readonly [L in Language]?: string };

/** The stored form of `names` (languages that repeat the canonical name left out). */
export function storeNames(names: ByLanguage<string>): StoredNames {
  const canonical = names[CANONICAL_LANGUAGE];
  return Object.fromEntries(
    LANGUAGES.filter((l) => l === CANONICAL_LANGUAGE || names[l] !== canonical).map((l) => [
      l,
      names[l],
    ]),
  );
}

/**
 * Every language's name from its stored form, completed in place (the row is freshly parsed JSON that
 * nothing else holds: copying it would cost tens of thousands of objects at load time); `file` and `row`
 * name the row in the error for a bad one.
 */
export function loadNames(
  stored: StoredNames,
  file: string,
  row: number | string,
): ByLanguage<string> {
  const canonical = stored[CANONICAL_LANGUAGE];
  if (typeof canonical !== 'string')
    throw new Error(`loadNames: ${file} row ${row} has no ${CANONICAL_LANGUAGE} name`);
  const names = stored as { [L in Language]?: string };
  for (const l of LANGUAGES) names[l] ??= canonical;
  return names as ByLanguage<string>;
}

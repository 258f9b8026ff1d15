/**
 * Names of gazetteer entries in an article's language. Canonical names (`name`, a demonym's `target`,
 * a containing country) are in the gazetteer's canonical language; each entry also carries its name
 * in the other languages, found through `NAME_FIELD` (a registry: a language is one entry).
 */
import { CANONICAL_LANGUAGE } from './canonical.js';
import { lookupCountry } from './countries.js';
import { lookupPlace } from './places.js';
import type { Language } from './types.js';

export { CANONICAL_LANGUAGE };

const NAME_FIELD: Readonly<Record<Language, 'name' | 'nameEn'>> = { es: 'name', en: 'nameEn' };

/** The entry's name in `language`. */
export function nameIn(
  entry: { readonly name: string; readonly nameEn: string },
  language: Language,
): string {
  return entry[NAME_FIELD[language]];
}

/** A canonical country name in `language` (itself when the gazetteer does not know it). */
export function countryNameIn(canonical: string, language: Language): string {
  if (language === CANONICAL_LANGUAGE) return canonical;
  const entry = lookupCountry(canonical, CANONICAL_LANGUAGE);
  return entry ? nameIn(entry, language) : canonical;
}

/** A canonical place name of `type` in `language` (itself when the gazetteer does not know it). */
export function placeNameIn(canonical: string, type: string, language: Language): string {
  if (language === CANONICAL_LANGUAGE) return canonical;
  const entry = lookupPlace(canonical, CANONICAL_LANGUAGE).find((p) => p.type === type);
  return entry ? nameIn(entry, language) : canonical;
}

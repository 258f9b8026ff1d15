/** Country lookup by any Spanish or English surface form, ISO alpha-2/alpha-3 code, with or without article. */
import { foldName, LANGUAGES } from '../../schema/index.js';
import { CANONICAL_LANGUAGE, preferring } from './canonical.js';
import { addToIndex, lazy, readResource } from './resources.js';
import { lookupKeys } from './normalize.js';
import type { CountryEntry, Language } from './types.js';

/** A country as stored in countries.json: the entry without `name`, which is `names[CANONICAL_LANGUAGE]`. */
export type CountryRecord = Omit<CountryEntry, 'name'>;

interface CountryIndex {
  readonly all: readonly CountryEntry[];
  readonly byLanguage: Readonly<Record<Language, Map<string, CountryEntry[]>>>;
  readonly iso: Map<string, CountryEntry>;
}

const index = lazy((): CountryIndex => {
  const all: CountryEntry[] = readResource<CountryRecord[]>('countries.json').map((r) => ({
    ...r,
    name: r.names[CANONICAL_LANGUAGE],
  }));
  const byLanguage = Object.fromEntries(
    LANGUAGES.map((l) => [l, new Map<string, CountryEntry[]>()]),
  ) as Record<Language, Map<string, CountryEntry[]>>;
  const iso = new Map<string, CountryEntry>();
  // Names first so that they win over another country's alias with the same key.
  for (const c of all) {
    for (const l of LANGUAGES) addToIndex(byLanguage[l], foldName(c.names[l]), c);
    iso.set(c.iso2, c);
    iso.set(c.iso3, c);
  }
  for (const c of all)
    for (const l of LANGUAGES)
      for (const a of c.aliases[l]) addToIndex(byLanguage[l], foldName(a), c);
  return { all, byLanguage, iso };
});

export function allCountries(): readonly CountryEntry[] {
  return index().all;
}

/** Every country a surface form may name, best first (requested language first, then the other). */
export function lookupCountries(surface: string, lang?: Language): CountryEntry[] {
  const maps = preferring(index().byLanguage, lang);
  const out: CountryEntry[] = [];
  for (const key of lookupKeys(surface)) {
    for (const map of maps) for (const c of map.get(key) ?? []) if (!out.includes(c)) out.push(c);
    if (out.length > 0) break;
  }
  return out;
}

/** The country a surface form names ("EE.UU.", "el Perú", "North Korea"), or undefined. */
export function lookupCountry(surface: string, lang?: Language): CountryEntry | undefined {
  return lookupCountries(surface, lang)[0];
}

/** Country by ISO 3166-1 alpha-2 or alpha-3 code (case-insensitive). Codes are not matched by `lookupCountry`. */
export function countryByCode(code: string): CountryEntry | undefined {
  return index().iso.get(code.trim().toUpperCase());
}

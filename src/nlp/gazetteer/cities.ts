/** City lookup over GeoNames cities >= 15 000 inhabitants, by Spanish, English or alternate name. */
import { foldName, LANGUAGES } from '../../schema/index.js';
import { CANONICAL_LANGUAGE, loadNames, type StoredNames } from './canonical.js';
import { addToIndex, lazy, readResource } from './resources.js';
import { lookupKeys } from './normalize.js';
import type { CityEntry, Language } from './types.js';

/** Compact row of cities.json: [id, names by language, cc, population, admin1, alternate keys]. */
export type CityRow = [number, StoredNames, string, number, string, string[]];

interface CityIndex {
  readonly all: readonly CityEntry[];
  /** Names in every language. */
  readonly names: Map<string, CityEntry[]>;
  /** Alternate names (other languages, older spellings). */
  readonly alternates: Map<string, CityEntry[]>;
}

const index = lazy((): CityIndex => {
  const rows = readResource<CityRow[]>('cities.json');
  const all: CityEntry[] = new Array(rows.length);
  const byName = new Map<string, CityEntry[]>();
  const alternates = new Map<string, CityEntry[]>();
  // Rows are sorted by population (largest first), so every key's list is too.
  for (let i = 0; i < rows.length; i++) {
    const [id, stored, countryCode, population, admin1, alts] = rows[i] as CityRow;
    const names = loadNames(stored, 'cities.json', i);
    const entry: CityEntry = {
      id,
      name: names[CANONICAL_LANGUAGE],
      names,
      countryCode,
      population,
      admin1,
      alternateKeys: alts,
    };
    all[i] = entry;
    for (const l of LANGUAGES)
      if (l === CANONICAL_LANGUAGE || names[l] !== entry.name)
        addToIndex(byName, foldName(names[l]), entry);
    for (const key of alts) addToIndex(alternates, key, entry);
  }
  return { all, names: byName, alternates };
});

export function allCities(): readonly CityEntry[] {
  return index().all;
}

/**
 * Cities a surface form may name, most populous first. Spanish/English names are tried before alternate names;
 * a name that matches both ways is listed once. `lang` is accepted for symmetry: names of both languages match.
 */
export function lookupCity(surface: string, _lang?: Language): CityEntry[] {
  const { names, alternates } = index();
  for (const key of lookupKeys(surface)) {
    const primary = names.get(key) ?? [];
    const alt = alternates.get(key) ?? [];
    if (primary.length === 0 && alt.length === 0) continue;
    const merged = [...primary];
    for (const c of alt) if (!merged.includes(c)) merged.push(c);
    return merged.sort((a, b) => b.population - a.population);
  }
  return [];
}

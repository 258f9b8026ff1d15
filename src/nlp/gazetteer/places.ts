/**
 * Unified place lookup over countries, cities and regions, ranked, and the containing country of a place.
 *
 * Ranking (higher first): a country named by its name or alias (100); a supranational region (95);
 * a city 50 + 5·log10(population), +10 for a national capital, −10 when matched only by an alternate name;
 * a subdivision 62 by its name, 55 by an alias. So "Georgia" gives the country before the US state,
 * "Madrid" the city before the autonomous community, "Texas" the state.
 */
import { foldName } from '../../schema/index.js';
import { GEONAMES_LANGUAGE } from './canonical.js';
import { allCountries, countryByCode, lookupCountries } from './countries.js';
import { lookupCity } from './cities.js';
import { lookupRegion } from './regions.js';
import { lazy } from './resources.js';
import { lookupKeys } from './normalize.js';
import type { CityEntry, CountryEntry, Language, PlaceCandidate, RegionEntry } from './types.js';

const capitals = lazy(() => {
  const set = new Set<string>();
  for (const c of allCountries())
    if (c.capital !== undefined) set.add(`${c.iso2}:${foldName(c.capital[GEONAMES_LANGUAGE])}`);
  return set;
});

export function isCapital(city: CityEntry): boolean {
  return capitals().has(`${city.countryCode}:${foldName(city.names[GEONAMES_LANGUAGE])}`);
}

/** True when one of the lookup keys is the key of the entry's name in some language. */
function namedBy(entry: CityEntry | RegionEntry, keys: readonly string[]): boolean {
  return Object.values(entry.names).some((n) => keys.includes(foldName(n)));
}

function countryCandidate(c: CountryEntry): PlaceCandidate {
  return {
    name: c.name,
    names: c.names,
    type: 'Country',
    countryCode: c.iso2,
    population: c.population,
    source: 'country',
    score: 100,
    entry: c,
  };
}

function cityCandidate(c: CityEntry, keys: readonly string[]): PlaceCandidate {
  const byName = namedBy(c, keys);
  const score =
    50 + 5 * Math.log10(Math.max(c.population, 1)) + (isCapital(c) ? 10 : 0) - (byName ? 0 : 10);
  return {
    name: c.name,
    names: c.names,
    type: 'City',
    countryCode: c.countryCode,
    population: c.population,
    source: 'city',
    score,
    entry: c,
  };
}

function regionCandidate(r: RegionEntry, keys: readonly string[]): PlaceCandidate {
  const byName = namedBy(r, keys);
  if (r.kind === 'supranational') {
    return {
      name: r.name,
      names: r.names,
      type: 'Region',
      source: 'supranational',
      score: byName ? 95 : 90,
      entry: r,
    };
  }
  return {
    name: r.name,
    names: r.names,
    type: 'Region',
    ...(r.countryCode ? { countryCode: r.countryCode } : {}),
    source: 'region',
    score: byName ? 62 : 55,
    entry: r,
  };
}

/** Every reading of a place name, best first. Empty when nothing matches. */
export function lookupPlace(surface: string, lang?: Language): PlaceCandidate[] {
  const keys = lookupKeys(surface);
  const out: PlaceCandidate[] = [
    ...lookupCountries(surface, lang).map(countryCandidate),
    ...lookupCity(surface, lang).map((c) => cityCandidate(c, keys)),
    ...lookupRegion(surface, lang).map((r) => regionCandidate(r, keys)),
  ];
  return out.sort((a, b) => b.score - a.score || (b.population ?? 0) - (a.population ?? 0));
}

/** Canonical Spanish name of the country containing a city or region (for LOCATED_IN); undefined otherwise. */
export function containingCountry(
  place: CityEntry | RegionEntry | CountryEntry | PlaceCandidate,
): string | undefined {
  const entry = 'entry' in place ? place.entry : place;
  if ('iso2' in entry) return undefined;
  const code = entry.countryCode;
  return code === undefined ? undefined : countryByCode(code)?.name;
}

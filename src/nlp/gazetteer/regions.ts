/** Region lookup: ISO 3166-2 first-level subdivisions, a few other named regions, and supranational regions. */
import { foldName } from '../../schema/index.js';
import { CANONICAL_LANGUAGE, loadNames, type StoredNames } from './canonical.js';
import { addToIndex, lazy, readResource } from './resources.js';
import { lookupKeys } from './normalize.js';
import type { Language, RegionEntry } from './types.js';

/** Compact row of regions.json: [code, names by language, aliases, cc|"", kind 0/1, type]. */
export type RegionRow = [string, StoredNames, string[], string, 0 | 1, string];

interface RegionIndex {
  readonly all: readonly RegionEntry[];
  readonly names: Map<string, RegionEntry[]>;
  readonly aliases: Map<string, RegionEntry[]>;
  readonly byCode: Map<string, RegionEntry>;
}

const index = lazy((): RegionIndex => {
  const all: RegionEntry[] = [];
  const byName = new Map<string, RegionEntry[]>();
  const aliases = new Map<string, RegionEntry[]>();
  const byCode = new Map<string, RegionEntry>();
  for (const [code, stored, als, cc, kind, type] of readResource<RegionRow[]>('regions.json')) {
    const names = loadNames(stored, 'regions.json', code);
    const entry: RegionEntry = {
      code,
      name: names[CANONICAL_LANGUAGE],
      names,
      aliases: als,
      ...(cc ? { countryCode: cc } : {}),
      kind: kind === 0 ? 'subdivision' : 'supranational',
      subdivisionType: type,
    };
    all.push(entry);
    byCode.set(code, entry);
    for (const name of Object.values(names)) addToIndex(byName, foldName(name), entry);
    for (const a of als) addToIndex(aliases, foldName(a), entry);
  }
  return { all, names: byName, aliases, byCode };
});

export function allRegions(): readonly RegionEntry[] {
  return index().all;
}

export function regionByCode(code: string): RegionEntry | undefined {
  return index().byCode.get(code.trim().toUpperCase());
}

/** Regions a surface form may name: exact Spanish/English names first, then aliases; supranational first among equals. */
export function lookupRegion(surface: string, _lang?: Language): RegionEntry[] {
  const { names, aliases } = index();
  for (const key of lookupKeys(surface)) {
    const out = [...(names.get(key) ?? [])];
    for (const r of aliases.get(key) ?? []) if (!out.includes(r)) out.push(r);
    if (out.length > 0) return out;
  }
  return [];
}

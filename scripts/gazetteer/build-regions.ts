/**
 * First-level regions: ISO 3166-2 subdivisions without a parent (pycountry / Debian iso-codes), their Spanish
 * translations, names cleaned by rule (inverted "X, Comunidad de", bracketed variants, Chinese/Korean/
 * Russian/Ukrainian type suffixes), the hand table of Spanish/English names, and supranational regions.
 */
import { foldName } from '../../src/schema/names.js';
import { join } from 'node:path';
import { storeNames } from '../../src/nlp/gazetteer/canonical.js';
import type { RegionRow } from '../../src/nlp/gazetteer/regions.js';
import type { CityEntry, RegionEntry } from '../../src/nlp/gazetteer/types.js';
import { OTHER_REGIONS, SUBDIVISION_NAMES, SUPRANATIONAL } from './data/regions-es.js';
import { readMoCatalog } from './mo-file.js';
import { readJsonFile, type FetchedSources } from './sources.js';

interface IsoSubdivision {
  code: string;
  name: string;
  type: string;
  parent?: string;
}

/** Suffixes naming the subdivision type, stripped to get the short name ("Sichuan Sheng" -> "Sichuan"). */
const TYPE_SUFFIXES = [
  / (Zhuangzu|Huizu|Uygur)? ?Zizhiqu$/,
  / Sheng$/,
  / Shi$/,
  / SAR$/,
  /-(teukbyeoljachido|teukbyeolsi|gwangyeoksi|do)$/,
  / avtonomnyy okrug$/,
  / avtonomnaya oblast'$/,
  / oblast'?$/,
  / kray$/,
  / Respublika$/,
  /^Respublika /,
];
/** Slavic adjective endings to try when looking for the city an oblast is named after. */
const ADJECTIVE_ENDINGS = ['skaya', 'skiy', 'ska', 'aya', 'iy', 'a', 'ya', 'yy', 'iya'];

function cleanIsoName(raw: string): { name: string; aliases: string[] } {
  let name = raw.replace(/\*/g, '').trim();
  const aliases: string[] = [];
  const bracket = /\s*\[([^\]]+)\]\s*/.exec(name);
  if (bracket) {
    name = name.replace(bracket[0], ' ').trim();
    const inner = (bracket[1] ?? '').replace(/\b[A-Z]{2}-[A-Z0-9]+\b/g, '').trim();
    if (inner) aliases.push(inner);
  }
  const comma = /^(.+), (.+)$/.exec(name);
  if (comma) {
    const [, head, tail] = comma as unknown as [string, string, string];
    aliases.push(head);
    name =
      /\b(de|del|la|le|di)$/i.test(tail) ||
      /^(Respublika|Région|Comunidad|Principado|Región)/i.test(tail)
        ? `${tail} ${head}`
        : `${head} ${tail}`;
  }
  for (const suffix of TYPE_SUFFIXES) {
    const short = name.replace(suffix, '').trim();
    if (short !== name && short.length > 2) {
      // "Sichuan Sheng" -> "Sichuan": the short form is what news write; Slavic adjectives stay aliases only.
      if (
        suffix.source.includes('Sheng') ||
        suffix.source.includes('Shi') ||
        suffix.source.includes('Zizhiqu') ||
        suffix.source.includes('SAR') ||
        suffix.source.includes('-(')
      ) {
        aliases.push(name);
        name = short;
      } else aliases.push(short);
      break;
    }
  }
  return { name, aliases };
}

export function buildRegions(
  src: FetchedSources,
  cities: readonly CityEntry[],
): { regions: RegionEntry[]; unmatched: string[] } {
  const base = join(src.pycountry.dir, 'pycountry');
  const subs = readJsonFile<{ '3166-2': IsoSubdivision[] }>(
    join(base, 'databases', 'iso3166-2.json'),
  )['3166-2'];
  const es = readMoCatalog(join(base, 'locales', 'es', 'LC_MESSAGES', 'iso3166-2.mo'));
  const en = readMoCatalog(join(base, 'locales', 'en', 'LC_MESSAGES', 'iso3166-2.mo'));
  const cityByKey = new Map<string, CityEntry>();
  for (const c of cities) {
    const k = `${c.countryCode}:${foldName(c.names.en)}`;
    if (!cityByKey.has(k)) cityByKey.set(k, c);
  }
  const regions: RegionEntry[] = [];
  const seenCodes = new Set<string>();
  for (const s of subs) {
    if (s.parent !== undefined) continue;
    const cc = s.code.slice(0, 2);
    const cleaned = cleanIsoName(s.name);
    const aliases = [...cleaned.aliases];
    const esRaw = es.get(s.name);
    const enRaw = en.get(s.name);
    let nameEs = esRaw ? cleanIsoName(esRaw).name : cleaned.name;
    let nameEn = enRaw ? cleanIsoName(enRaw).name : cleaned.name;
    // Oblasts and krais named after their capital: "Belgorodskaya oblast'" -> Belgorod (a city of that country).
    if (cc === 'RU' || cc === 'UA' || cc === 'BY' || cc === 'KZ') {
      const adjective = s.name.replace(/ (oblast'?|kray|oblysy)$/, '');
      if (adjective !== s.name) {
        for (const ending of ADJECTIVE_ENDINGS) {
          if (!adjective.endsWith(ending)) continue;
          const city = cityByKey.get(`${cc}:${foldName(adjective.slice(0, -ending.length))}`);
          if (city === undefined) continue;
          const kind = s.name.endsWith('kray') ? 'Krai' : 'Oblast';
          nameEn = `${city.names.en} ${kind}`;
          nameEs = `${kind === 'Krai' ? 'Krai' : 'Óblast'} de ${city.name}`;
          aliases.push(
            city.names.en,
            city.name,
            `región de ${city.name}`,
            `provincia de ${city.name}`,
          );
          break;
        }
      }
    }
    const hand = SUBDIVISION_NAMES[s.code];
    if (hand !== undefined) {
      aliases.push(nameEs, nameEn, ...hand.slice(2));
      nameEs = hand[0] ?? nameEs;
      nameEn = hand[1] ?? nameEn;
    }
    aliases.push(s.name, cleaned.name);
    regions.push(makeRegion(s.code, nameEs, nameEn, aliases, cc, 'subdivision', s.type));
    seenCodes.add(s.code);
  }
  const unmatched = Object.keys(SUBDIVISION_NAMES).filter((code) => !seenCodes.has(code));
  for (const [id, nameEs, nameEn, cc, ...aliases] of OTHER_REGIONS as string[][]) {
    regions.push(
      makeRegion(
        id as string,
        nameEs as string,
        nameEn as string,
        aliases,
        cc as string,
        'subdivision',
        'Region',
      ),
    );
  }
  for (const [id, nameEs, nameEn, type, ...aliases] of SUPRANATIONAL as string[][]) {
    regions.push(
      makeRegion(
        id as string,
        nameEs as string,
        nameEn as string,
        aliases,
        undefined,
        'supranational',
        type as string,
      ),
    );
  }
  return { regions, unmatched };
}

function makeRegion(
  code: string,
  name: string,
  nameEn: string,
  aliases: readonly string[],
  countryCode: string | undefined,
  kind: RegionEntry['kind'],
  subdivisionType: string,
): RegionEntry {
  const seen = new Set([foldName(name), foldName(nameEn)]);
  const kept: string[] = [];
  for (const a of aliases) {
    const k = foldName(a);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    kept.push(a);
  }
  return {
    code,
    name,
    names: { es: name, en: nameEn },
    aliases: kept,
    ...(countryCode ? { countryCode } : {}),
    kind,
    subdivisionType,
  };
}

/** Compact on-disk row (see `RegionRow`): names by language, a name equal to the canonical one left out. */
export function regionRow(r: RegionEntry): RegionRow {
  return [
    r.code,
    storeNames(r.names),
    [...r.aliases],
    r.countryCode ?? '',
    r.kind === 'subdivision' ? 0 : 1,
    r.subdivisionType,
  ];
}

/** Demonym (gentilicio / nationality adjective) lookup: "rusas" -> Rusia, "neoyorquino" -> Nueva York. */
import { foldName } from '../../schema/index.js';
import { preferring } from './canonical.js';
import { addToIndex, lazy, readResource } from './resources.js';
import type { DemonymEntry, DemonymTargetType, Language } from './types.js';

type DemonymRow = [string, string, 'C' | 'R' | 'Y', string, '' | 'm' | 'f', 's' | 'p', Language];
const TYPES: Readonly<Record<DemonymRow[2], DemonymTargetType>> = {
  C: 'Country',
  R: 'Region',
  Y: 'City',
};

const index = lazy(() => {
  const byLang: Record<Language, Map<string, DemonymEntry[]>> = { es: new Map(), en: new Map() };
  for (const [word, target, type, countryCode, gender, number, lang] of readResource<DemonymRow[]>(
    'demonyms.json',
  )) {
    const entry: DemonymEntry = {
      word,
      target,
      targetType: TYPES[type],
      countryCode,
      ...(gender ? { gender } : {}),
      number: number === 's' ? 'sg' : 'pl',
      lang,
    };
    addToIndex(byLang[lang], foldName(word), entry);
  }
  return byLang;
});

/** All readings of a word (a word can be a demonym of several places: "congoleño"), requested language first. */
export function lookupDemonyms(word: string, lang?: Language): DemonymEntry[] {
  const key = foldName(word);
  const order = preferring(index(), lang);
  for (const map of order) {
    const hit = map.get(key);
    if (hit !== undefined) return [...hit];
  }
  return [];
}

/** The first reading of a demonym, or undefined. Case and accents are ignored ("Españolas", "espanolas"). */
export function lookupDemonym(word: string, lang?: Language): DemonymEntry | undefined {
  return lookupDemonyms(word, lang)[0];
}

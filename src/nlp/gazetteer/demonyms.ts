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

/** First words of the (folded) demonyms of two or more words, in any language ("norte", "south"). */
const phraseStarts = lazy(() => {
  const out = new Set<string>();
  for (const map of Object.values(index()))
    for (const key of map.keys()) {
      const space = key.indexOf(' ');
      if (space > 0) out.add(key.slice(0, space));
    }
  return out;
});

/**
 * Whether a demonym of two or more words can start with `word` ("norte" of "norte macedonio"): when
 * false, no lookup of "word next" finds one, for any `next` whose folded form is not empty.
 */
export function startsDemonymPhrase(word: string): boolean {
  const key = foldName(word);
  const space = key.indexOf(' ');
  return key === '' || phraseStarts().has(space < 0 ? key : key.slice(0, space));
}

/**
 * Typed cue lookups for the extractor: organisation heads and suffixes, place cues (with the place type they imply),
 * event cues and law cues. Single words via `*Cue(word)`, multi-word cues via `matchCueAt(tokens, i)`.
 */
import { foldName } from '../../schema/index.js';
import {
  EVENT_CUES_EN,
  EVENT_CUES_ES,
  LAW_CUES_EN,
  LAW_CUES_ES,
  ORG_HEADS_EN,
  ORG_HEADS_ES,
  ORG_SUFFIXES,
  PLACE_CUES_EN,
  PLACE_CUES_ES,
} from './lexicon/cues.js';
import { PhraseIndex } from './phrase-index.js';
import { lazy } from './resources.js';
import type { Language, PlaceType } from './types.js';

export type CueKind = 'organization' | 'orgSuffix' | 'place' | 'event' | 'law';

export interface Cue {
  readonly kind: CueKind;
  /** The cue as listed (lower case). */
  readonly cue: string;
  /** For place cues: the type of place the cue implies ("ciudad" -> City). */
  readonly placeType?: PlaceType;
}

export interface CueMatch {
  readonly cues: readonly Cue[];
  readonly length: number;
}

/** A phrase can be several kinds of cue ("congreso": organisation head; "estado": place cue). */
const indexes = lazy((): Record<Language, PhraseIndex<Cue[]>> => {
  const build = (
    lists: Array<[CueKind, readonly string[]]>,
    places: ReadonlyArray<readonly [string, PlaceType]>,
  ): PhraseIndex<Cue[]> => {
    const byKey = new Map<string, Cue[]>();
    const add = (cue: Cue): void => {
      const key = foldName(cue.cue);
      const list = byKey.get(key) ?? [];
      if (!list.some((c) => c.kind === cue.kind)) list.push(cue);
      byKey.set(key, list);
    };
    for (const [kind, words] of lists) for (const w of words) add({ kind, cue: w });
    for (const [w, placeType] of places) add({ kind: 'place', cue: w, placeType });
    const index = new PhraseIndex<Cue[]>();
    for (const [key, cues] of byKey) index.add(key, cues);
    return index;
  };
  return {
    es: build(
      [
        ['organization', ORG_HEADS_ES],
        ['orgSuffix', ORG_SUFFIXES],
        ['event', EVENT_CUES_ES],
        ['law', LAW_CUES_ES],
      ],
      PLACE_CUES_ES,
    ),
    en: build(
      [
        ['organization', ORG_HEADS_EN],
        ['orgSuffix', ORG_SUFFIXES],
        ['event', EVENT_CUES_EN],
        ['law', LAW_CUES_EN],
      ],
      PLACE_CUES_EN,
    ),
  };
});

/** All cues a word or phrase is (case/accent-insensitive). */
export function lookupCues(phrase: string, lang: Language = 'es'): readonly Cue[] {
  return indexes()[lang].get(phrase) ?? [];
}

/** The longest cue phrase starting at token `i` ("agencia de noticias" -> 3 tokens). */
export function matchCueAt(
  tokens: readonly string[],
  i: number,
  lang: Language = 'es',
): CueMatch | undefined {
  const m = indexes()[lang].matchAt(tokens, i);
  return m === undefined ? undefined : { cues: m.value, length: m.length };
}

const ofKind = (phrase: string, lang: Language, kind: CueKind): Cue | undefined =>
  lookupCues(phrase, lang).find((c) => c.kind === kind);

/** "Partido", "Ministerio", "Universidad"...: a head noun that starts or signals an organisation name. */
export function isOrgHead(word: string, lang: Language = 'es'): boolean {
  return ofKind(word, lang, 'organization') !== undefined;
}

/** "S.A.", "Inc.", "News"...: a token that closes an organisation name. */
export function isOrgSuffix(word: string, lang: Language = 'es'): boolean {
  return ofKind(word, lang, 'orgSuffix') !== undefined;
}

/** The place type a cue implies ("ciudad" -> City, "provincia" -> Region, "río" -> Place), or undefined. */
export function placeCue(word: string, lang: Language = 'es'): PlaceType | undefined {
  return ofKind(word, lang, 'place')?.placeType;
}

export function isEventCue(word: string, lang: Language = 'es'): boolean {
  return ofKind(word, lang, 'event') !== undefined;
}

export function isLawCue(word: string, lang: Language = 'es'): boolean {
  return ofKind(word, lang, 'law') !== undefined;
}

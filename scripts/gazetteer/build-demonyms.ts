/** Demonyms: the hand Spanish tables inflected by rule, English country demonyms from world-countries. */
import { inflectEnglishDemonym, inflectSpanish } from '../../src/nlp/gazetteer/inflect.js';
import type {
  CountryEntry,
  DemonymEntry,
  DemonymTargetType,
} from '../../src/nlp/gazetteer/types.js';
import { COUNTRY_DEMONYMS_ES, PLACE_DEMONYMS_EN, PLACE_DEMONYMS_ES } from './data/demonyms-es.js';

interface WorldCountryDemonyms {
  cca2: string;
  unMember?: boolean;
  demonyms?: { eng?: { m: string; f: string } };
}

export function buildDemonyms(
  countries: readonly CountryEntry[],
  world: readonly WorldCountryDemonyms[],
): DemonymEntry[] {
  const byIso = new Map(countries.map((c) => [c.iso2, c]));
  const out: DemonymEntry[] = [];
  const push = (
    specs: string,
    target: string,
    targetType: DemonymTargetType,
    countryCode: string,
    lang: 'es' | 'en',
  ): void => {
    for (const spec of specs
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const forms = lang === 'es' ? inflectSpanish(spec) : inflectEnglishDemonym(spec);
      for (const f of forms)
        out.push({
          word: f.form,
          target,
          targetType,
          countryCode,
          ...(f.gender ? { gender: f.gender } : {}),
          number: f.number,
          lang,
        });
    }
  };
  for (const [iso2, specs] of Object.entries(COUNTRY_DEMONYMS_ES)) {
    const country = byIso.get(iso2);
    if (country === undefined)
      throw new Error(`build-gazetteer: demonym table names unknown country ${iso2}`);
    push(specs, country.name, 'Country', iso2, 'es');
  }
  for (const [specs, target, type, cc] of PLACE_DEMONYMS_ES) push(specs, target, type, cc, 'es');
  // UN members first, so that a demonym shared with territories ("American") reads as the state first.
  const ordered = [...world].sort(
    (a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false),
  );
  for (const w of ordered) {
    const country = byIso.get(w.cca2);
    const eng = w.demonyms?.eng;
    if (country === undefined || eng === undefined || eng.m === '') continue;
    push([...new Set([eng.m, eng.f])].join(','), country.name, 'Country', w.cca2, 'en');
  }
  for (const [specs, target, type, cc] of PLACE_DEMONYMS_EN) push(specs, target, type, cc, 'en');
  return out;
}

/** Compact on-disk row: [word, target, type C/R/Y, cc, gender m/f/"", number s/p, lang]. */
export type DemonymRow = [
  string,
  string,
  'C' | 'R' | 'Y',
  string,
  '' | 'm' | 'f',
  's' | 'p',
  'es' | 'en',
];
const TYPE_CODE = { Country: 'C', Region: 'R', City: 'Y' } as const;

export function demonymRow(d: DemonymEntry): DemonymRow {
  return [
    d.word,
    d.target,
    TYPE_CODE[d.targetType],
    d.countryCode,
    d.gender ?? '',
    d.number === 'sg' ? 's' : 'p',
    d.lang,
  ];
}

/**
 * Training-time builder of the external gazetteer baked into the NER model: phrases from trama's general
 * knowledge (`src/nlp/gazetteer`: countries, cities, regions, demonyms, role nouns, organisation heads,
 * place cues) plus an optional given-name list, each labelled with the kind of list it came from.
 *
 * The whole list (not only the phrases seen in esp.train) is stored in the model file as one
 * `PhraseGazetteer`, so names that never occur in training are still found at tagging time, and tagging
 * needs no access to the large gazetteer resources: a match costs one map lookup per token.
 * Lists are chosen through the `EXTERNAL_LISTS` registry (ablations name them).
 */
import {
  allCities,
  allCountries,
  allRegions,
  EVENT_CUES_ES,
  inflectSpanish,
  LAW_CUES_ES,
  ORG_HEADS_ES,
  PLACE_CUES_ES,
  readResource,
  ROLES_ES,
} from '../../nlp/training.js';
import { InputError } from '../../schema/index.js';
import { PhraseGazetteer, type GazetteerEntry } from '../../nlp/training.js';
import { normalizeToken } from '../../nlp/training.js';

/** A phrase and its label before tokenisation. */
type Phrase = readonly [phrase: string, label: string];

export interface ExternalListContext {
  /** Given names (one per entry), e.g. models/given-names-es.txt. */
  readonly givenNames: readonly string[];
}

/** City labels by population tier: the model learns how far to trust big and small towns. */
function cityLabel(population: number): string {
  return population >= 1_000_000 ? 'CITY1' : population >= 100_000 ? 'CITY2' : 'CITY3';
}

/** The entry's Spanish name, then its English name when that differs (the phrases of a place). */
function spanishThenEnglish(entry: {
  readonly names: { readonly es: string; readonly en: string };
}): string[] {
  return entry.names.en === entry.names.es ? [entry.names.es] : [entry.names.es, entry.names.en];
}

type DemonymRow = readonly [string, string, string, string, string, string, string];

/** Each list: a name (used by `--ext`) and the labelled phrases it contributes. */
export const EXTERNAL_LISTS = {
  countries: (): Phrase[] =>
    allCountries().flatMap((c) =>
      [c.name, ...c.aliases.es, c.names.en].map((p) => [p, 'COUNTRY'] as const),
    ),
  capitals: (): Phrase[] =>
    allCountries().flatMap((c) => (c.capital ? [[c.capital.es, 'CAPITAL'] as const] : [])),
  cities: (): Phrase[] =>
    allCities().flatMap((c) =>
      spanishThenEnglish(c).map((n) => [n, cityLabel(c.population)] as const),
    ),
  /** Cities of at least 100 000 inhabitants only (a smaller model file). */
  bigCities: (): Phrase[] =>
    allCities()
      .filter((c) => c.population >= 100_000)
      .flatMap((c) => spanishThenEnglish(c).map((n) => [n, cityLabel(c.population)] as const)),
  regions: (): Phrase[] =>
    allRegions().flatMap((r) =>
      [r.name, ...r.aliases, ...spanishThenEnglish(r).slice(1)].map(
        (p) => [p, r.kind === 'supranational' ? 'SUPRA' : 'REGION'] as const,
      ),
    ),
  demonyms: (): Phrase[] =>
    readResource<DemonymRow[]>('demonyms.json')
      .filter((d) => d[6] === 'es')
      .map((d) => [d[0], 'DEMONYM'] as const),
  roles: (): Phrase[] =>
    ROLES_ES.flatMap((spec) =>
      inflectSpanish(spec.forms).flatMap((f) => [
        [f.form, 'ROLE'] as const,
        ...(spec.portfolios ?? []).map((p) => [`${f.form} ${p}`, 'ROLE'] as const),
      ]),
    ),
  orgHeads: (): Phrase[] => ORG_HEADS_ES.map((p) => [p, 'ORGHEAD'] as const),
  cues: (): Phrase[] => [
    ...PLACE_CUES_ES.map(([p]) => [p, 'PLACECUE'] as const),
    ...EVENT_CUES_ES.map((p) => [p, 'EVENTCUE'] as const),
    ...LAW_CUES_ES.map((p) => [p, 'LAWCUE'] as const),
  ],
  given: (ctx: ExternalListContext): Phrase[] => ctx.givenNames.map((p) => [p, 'GIVEN'] as const),
} as const satisfies Record<string, (ctx: ExternalListContext) => Phrase[]>;

export type ExternalListName = keyof typeof EXTERNAL_LISTS;
export const EXTERNAL_LIST_NAMES = Object.keys(EXTERNAL_LISTS) as ExternalListName[];

/** Characters that mark an entry as a description rather than a running-text name ("Corea, República de"). */
const NOT_RUNNING_TEXT = /[,()[\]/;]/;

/** CoNLL-like tokens of a phrase, lower-cased and normalised like the tagger's; undefined when unusable. */
export function phraseTokens(phrase: string): string[] | undefined {
  if (NOT_RUNNING_TEXT.test(phrase)) return undefined;
  const tokens = phrase
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => normalizeToken(t).toLowerCase());
  return tokens.length === 0 ? undefined : tokens;
}

/**
 * The lists the committed model uses (docs/ner.md has the ablations): all but the given names, which are
 * derived from esp.train and so get trusted too much in training, and with cities of at least 100 000
 * inhabitants only (`bigCities`: the same dev F1 as every city of 15 000 or more, a quarter of the phrases).
 */
export const DEFAULT_EXTERNAL_LISTS: readonly ExternalListName[] = [
  'countries',
  'capitals',
  'bigCities',
  'regions',
  'demonyms',
  'roles',
  'orgHeads',
  'cues',
];

/** Parses `--ext` style specs: `default`, `all`, `none`, or a comma-separated list of list names. */
export function parseExternalLists(spec: string): ExternalListName[] {
  if (spec === 'none' || spec === '') return [];
  if (spec === 'default') return [...DEFAULT_EXTERNAL_LISTS];
  if (spec === 'all') return [...EXTERNAL_LIST_NAMES];
  return spec.split(',').map((s) => {
    const name = s.trim();
    if (!(name in EXTERNAL_LISTS))
      throw new InputError(
        'parseExternalLists',
        `unknown external list ${JSON.stringify(name)}; known: ${EXTERNAL_LIST_NAMES.join(', ')}`,
      );
    return name as ExternalListName;
  });
}

/** Labelled, tokenised entries of the chosen lists, in a fixed order (so model files are reproducible). */
export function externalEntries(
  lists: readonly ExternalListName[],
  ctx: ExternalListContext,
): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const name of lists) {
    for (const [phrase, label] of EXTERNAL_LISTS[name](ctx)) {
      const tokens = phraseTokens(phrase);
      if (tokens) out.push({ tokens, label });
    }
  }
  return out;
}

/**
 * One phrase gazetteer over the chosen lists. It is `cased`: its features also say whether the token is
 * capitalised, so "Mayor" (a town) and "mayor" (the adjective) do not share a weight.
 */
export function externalGazetteer(
  name: string,
  lists: readonly ExternalListName[],
  ctx: ExternalListContext,
): PhraseGazetteer {
  return new PhraseGazetteer(name, externalEntries(lists, ctx), 8, true);
}

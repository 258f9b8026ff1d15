/**
 * Rules switched off by name, for measuring what each one earns (`TRAMA_ABLATE=head,bareCommonWord npm
 * run eval:pipeline-conll`). Read once at start-up; unset in normal use, where every rule runs. The names
 * are the keys of the typing registry (`mentions/typing.ts`) and the detection and grouping rules listed in
 * `ABLATABLE_RULES`.
 */
import { UsageError } from '../schema/index.js';

export const ABLATABLE_RULES = [
  'initialCommonWord',
  'modelSpanOverRuns',
  'capsHeadline',
  'ambiguousHeads',
  'codes',
  'roleYields',
  'shapeYields',
  'listYields',
  'modelOverInitial',
  'articleLedWhole',
  'splitOfName',
  'modelKeepsWhole',
  'personAfterName',
  'bareCommonWord',
  'unsupportedInitial',
  'insideRolePhrase',
  'portfolios',
  'listContext',
  'modelPieces',
  'cueBeforeRun',
  'territoryNeedsPlace',
  'cueOverQuote',
  'headOverPlaceCue',
  'yearAfterEvent',
  'ordinalOpensName',
  'cueNotName',
  'institutionNotPerson',
  'knownPlaceWhole',
  'sentenceCaseNotName',
  'institutionalShortForms',
  'commonWordShortForms',
  'countryMetonyms',
  'nameEvidenceOnce',
  'cueAcrossModifier',
  'listPlaces',
  'pluralCues',
  'cueInitial',
  'handles',
  'initialEventNoun',
  'bracketedBlends',
  'unsaidClassInitial',
  'expansionAfterAcronym',
  'acronymNotTown',
  'listExpansion',
  'classNominals',
] as const;

const off: ReadonlySet<string> = new Set(
  (process.env.TRAMA_ABLATE ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Rule registries (the typing rules) add their names here when their module loads. */
const registered = new Set<string>(ABLATABLE_RULES);
export function registerAblatable(names: Iterable<string>): void {
  for (const name of names) registered.add(name);
}

let checked = false;

/**
 * Whether the named rule runs (every rule does unless TRAMA_ABLATE names it). A name in TRAMA_ABLATE
 * that no rule answers to is an error, so that a typo cannot pass for a measurement of no effect.
 */
export function ruleOn(name: string): boolean {
  if (off.size === 0) return true;
  if (!checked) {
    checked = true;
    const unknown = [...off].filter((n) => !registered.has(n));
    if (unknown.length > 0)
      throw new UsageError(
        'TRAMA_ABLATE',
        `no rule named ${unknown.map((n) => JSON.stringify(n)).join(', ')}; known: ${[...registered].sort().join(', ')}`,
      );
  }
  return !off.has(name);
}

/**
 * Rules switched off by name, for measuring what each one earns (`TRAMA_ABLATE=head,bareCommonWord npm
 * run eval:pipeline-conll`). Read once at start-up; unset in normal use, where every rule runs. The names
 * are the keys of the typing registry (`mentions/typing.ts`) and the detection and grouping rules listed in
 * `ABLATABLE_RULES`.
 */
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
  'institutionalShortForms',
  'countryMetonyms',
  'nameEvidenceOnce',
] as const;

const off: ReadonlySet<string> = new Set(
  (process.env.TRAMA_ABLATE ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Whether the named rule runs (every rule does unless TRAMA_ABLATE names it). */
export function ruleOn(name: string): boolean {
  return off.size === 0 || !off.has(name);
}

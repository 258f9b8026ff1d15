/**
 * Name endings that orthography alone misses (the run of capitalised words stops too early):
 *  - a law or event name dated by "de <year>": "Constitución de 1991", "Juegos Olímpicos de 1992"; an
 *    event name by the year alone: "Mundial 2002";
 *  - an institution head, a demonym and "de" + name: "Universidad estadounidense de Johns Hopkins";
 *  - the two chambers: "Cámara alta", "Cámara baja";
 *  - a legal form after a comma: "García Consultores, S.C.", "Repsol, S.A.".
 * Each rule returns the new end of the run (exclusive), or undefined.
 */
import { packFor } from '../lang/index.js';
import type { Knowledge } from '../knowledge.js';
import type { Token } from '../types.js';
import { isCapitalized } from './shape.js';
import { ruleOn } from '../ablation.js';

const YEAR = /^\d{4}$/;
const LEGAL_FORM =
  /^(S\.A\.|S\.C\.|S\.L\.|S\.A\.S\.|S\.L\.U\.|S\.A\.U\.|S\.A\.B\.|Inc\.?|Ltd\.?|LLC|Ltda\.?|GmbH|AG|PLC|plc|Corp\.?)$/;

/** `head`: the run's first capitalised token ("Habló la Universidad": the run may start with a verb and an article). */
type Extension = (
  tokens: readonly Token[],
  head: number,
  end: number,
  knowledge: Knowledge,
) => number | undefined;

export const NAME_EXTENSIONS: Readonly<Record<string, Extension>> = {
  datedLawOrEvent: (tokens, start, end, knowledge) => {
    const cue = knowledge.cue(tokens[start]!.text.toLowerCase());
    if (cue !== 'Law' && cue !== 'Event') return undefined;
    const next = tokens[end]?.text ?? '';
    // "Mundial 2002", "Cumbre 2019": the year right after the name.
    if (ruleOn('yearAfterEvent') && cue === 'Event' && YEAR.test(next)) return end + 1;
    return packFor(knowledge.language).grammar.ofWords.has(next) &&
      YEAR.test(tokens[end + 1]?.text ?? '')
      ? end + 2
      : undefined;
  },
  institutionDemonymDe: (tokens, start, end, knowledge) => {
    if (end - start !== 1 || knowledge.cue(tokens[start]!.text.toLowerCase()) !== 'Organization')
      return undefined;
    const adjective = tokens[end]?.text ?? '';
    if (
      adjective !== adjective.toLowerCase() ||
      !knowledge.demonym(adjective) ||
      !packFor(knowledge.language).grammar.ofWords.has(tokens[end + 1]?.text ?? '') ||
      !isCapitalized(tokens[end + 2]?.text ?? '')
    )
      return undefined;
    let k = end + 3;
    while (k < tokens.length && isCapitalized(tokens[k]!.text)) k++;
    return k;
  },
  chamberSide: (tokens, start, end, knowledge) => {
    const { chamber } = packFor(knowledge.language).mentions;
    return end - start === 1 &&
      tokens[start]!.text === chamber.noun &&
      chamber.sides.has(tokens[end]?.text ?? '')
      ? end + 1
      : undefined;
  },
  legalForm: (tokens, _start, end) =>
    tokens[end]?.text === ',' && LEGAL_FORM.test(tokens[end + 1]?.text ?? '') ? end + 2 : undefined,
};

/** The run's end after every applicable extension. */
export function extendName(
  tokens: readonly Token[],
  start: number,
  end: number,
  knowledge: Knowledge,
): number {
  // A sentence-initial verb may open the run ("Habló la Universidad …"): the head is then after the article.
  const skipsVerb =
    start === 0 && end - start > 2 && tokens[1]!.text === tokens[1]!.text.toLowerCase();
  const head = skipsVerb ? start + 2 : start;
  let current = end;
  for (const rule of Object.values(NAME_EXTENSIONS))
    current = rule(tokens, head, current, knowledge) ?? current;
  return current;
}

/**
 * Named events and laws that Spanish writes in lower case: "las elecciones gallegas", "la elección
 * presidencial", "las elecciones autonómicas del 14 de febrero", "la ley Celaá". They are mentions of
 * an Event or Law when the head noun is qualified by a demonym, an election-kind adjective, or a name.
 */
import type { EntityType } from '../../schema/index.js';
import type { Knowledge } from '../knowledge.js';
import type { EntityMention, Sentence } from '../types.js';
import { isCapitalized } from './shape.js';

const ELECTION = /^(elecciones|elección|comicios)$/;
const ELECTION_KIND = /^(presidencial(es)?|legislativas?|generales|autonómicas?|municipales|regionales|parlamentarias|primarias|europeas|federales|intermedias)$/;
const LAW = /^(ley|reforma|decreto)$/;

export function findDescribedNames(sentence: Sentence, knowledge: Knowledge, taken: ReadonlySet<number>): EntityMention[] {
  const tokens = sentence.tokens;
  const lower = sentence.lower;
  const out: EntityMention[] = [];
  const push = (from: number, to: number, type: EntityType, source: string): void => {
    for (let k = from; k < to; k++) if (taken.has(k)) return;
    const first = tokens[from]!;
    const last = tokens[to - 1]!;
    out.push({
      sentenceIndex: sentence.index,
      tokenStart: from,
      tokenEnd: to,
      start: first.start,
      end: last.end,
      text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
      form: 'name',
      type,
      typeSource: source,
      typeConfidence: 0.7,
    });
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = lower[i]!;
    const next = lower[i + 1]!;
    if (ELECTION.test(word) && !isCapitalized(tokens[i]!.text) && (ELECTION_KIND.test(next) || knowledge.demonym(next))) {
      push(i, i + 2, 'Event', `described:${word}`);
      i++;
    } else if (LAW.test(word) && !isCapitalized(tokens[i]!.text) && isCapitalized(tokens[i + 1]!.text)) {
      // "la ley Celaá": the name after the head word.
      let end = i + 2;
      while (end < tokens.length && isCapitalized(tokens[end]!.text)) end++;
      push(i, end, 'Law', `described:${word}`);
      i = end - 1;
    }
  }
  return out;
}

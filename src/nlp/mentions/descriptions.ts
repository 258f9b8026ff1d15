/**
 * Named events and laws that Spanish writes in lower case: "las elecciones gallegas", "la elección
 * presidencial", "las elecciones autonómicas del 14 de febrero", "las elecciones de Francia 2022",
 * "la ley Villalba", "la revolución mexicana", "el sismo de 2017", "los atentados del 7-J". They are mentions
 * of an Event or Law when the head noun is qualified by a demonym, an election-kind adjective, a date, or
 * a name.
 */
import type { EntityType } from '../../schema/index.js';
import type { Knowledge } from '../knowledge.js';
import { packFor, type GrammarLexicon } from '../lang/index.js';
import { spanText } from '../segment/index.js';
import type { EntityMention, Sentence } from '../types.js';
import { isCapitalized } from './shape.js';

const YEAR = /^\d{4}$/;
/** "11-M", "15-M", "23-F": a day plus a month initial names an event in Spanish. */
const DAY_LETTER = /^\d{1,2}-\p{Lu}$/u;

/** End (exclusive) of a date starting at token `i`: "2017", "11-M", "17 de agosto (de 2017)", "14 de febrero". */
function dateEnd(lower: readonly string[], i: number, grammar: GrammarLexicon): number | undefined {
  const word = lower[i] ?? '';
  const { months } = grammar;
  const { dayMonth } = grammar.dates;
  if (YEAR.test(word) || DAY_LETTER.test(word.toUpperCase())) return i + 1;
  if (/^\d{1,2}$/.test(word) && lower[i + 1] === dayMonth && months.has(lower[i + 2] ?? '')) {
    return lower[i + 3] === dayMonth && YEAR.test(lower[i + 4] ?? '') ? i + 5 : i + 3;
  }
  return undefined;
}

/** "del 14 de febrero", "de 2017" after a head: the end of the date, if one follows. */
function dateComplement(
  lower: readonly string[],
  i: number,
  grammar: GrammarLexicon,
): number | undefined {
  return grammar.ofWords.has(lower[i] ?? '') ? dateEnd(lower, i + 1, grammar) : undefined;
}

export function findDescribedNames(
  sentence: Sentence,
  knowledge: Knowledge,
  grammar: GrammarLexicon,
  taken: ReadonlySet<number>,
): EntityMention[] {
  const words = packFor(knowledge.language).mentions.described;
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
  // A capitalised place name followed by a year: "Francia 2022".
  const placeYear = (from: number): number | undefined => {
    let end = from;
    while (
      end < tokens.length &&
      (isCapitalized(tokens[end]!.text) || (end > from && grammar.ofWords.has(lower[end]!)))
    )
      end++;
    if (end === from || !YEAR.test(lower[end] ?? '')) return undefined;
    const place = spanText(sentence, from, end);
    return knowledge.places(place).length > 0 ? end + 1 : undefined;
  };
  /**
   * A class noun at `i` followed (after "de", "de la") by a capitalised name, with the name's connectors
   * inside it ("mar Meridional de China"): the end of the name and the compound's type, if it is one.
   */
  const compoundEnd = (i: number): [number, EntityType] | undefined => {
    const compound = words.compounds.find((c) => c.heads.test(lower[i]!));
    if (!compound) return undefined;
    let from = grammar.ofWords.has(lower[i + 1] ?? '') ? i + 2 : i + 1;
    if (from === i + 2 && grammar.definiteArticles.has(lower[from] ?? '')) from++; // "mar de la China …"
    if (!isCapitalized(tokens[from]?.text ?? '')) return undefined;
    let end = from + 1;
    for (;;) {
      if (end < tokens.length && isCapitalized(tokens[end]!.text)) end++;
      else if (
        grammar.nameConnectors.has(lower[end] ?? '') &&
        isCapitalized(tokens[end + 1]?.text ?? '')
      )
        end += 2;
      else break;
    }
    if (compound.unlessPlace && knowledge.places(spanText(sentence, from, end)).length > 0)
      return undefined;
    return [end, compound.type];
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = lower[i]!;
    const next = lower[i + 1]!;
    const compound = isCapitalized(tokens[i]!.text) ? undefined : compoundEnd(i);
    if (
      words.elections.test(word) &&
      !isCapitalized(tokens[i]!.text) &&
      (words.electionKinds.test(next) || knowledge.demonym(next))
    ) {
      const end = dateComplement(lower, i + 2, grammar) ?? i + 2;
      push(i, end, 'Event', `described:${word}`);
      i = end - 1;
    } else if (
      words.elections.test(word) &&
      !isCapitalized(tokens[i]!.text) &&
      grammar.ofWords.has(next) &&
      placeYear(i + 2) !== undefined
    ) {
      // "las elecciones de Francia 2022"
      const end = placeYear(i + 2)!;
      push(i, end, 'Event', `described:${word}`);
      i = end - 1;
    } else if (
      words.events.test(word) &&
      !isCapitalized(tokens[i]!.text) &&
      (knowledge.demonym(next)?.targetType === 'Country' || dateComplement(lower, i + 1, grammar))
    ) {
      const end = dateComplement(lower, i + 1, grammar) ?? i + 2;
      push(i, end, 'Event', `described:${word}`);
      i = end - 1;
    } else if (compound) {
      // "la isla de Ross", "el cártel de Sinaloa": the class noun and the name are one name.
      const [end, type] = compound;
      push(i, end, type, `described:${word}`);
      i = end - 1;
    } else if (
      words.laws.test(word) &&
      !isCapitalized(tokens[i]!.text) &&
      isCapitalized(tokens[i + 1]!.text)
    ) {
      // "la ley Villalba": the name after the head word.
      let end = i + 2;
      while (end < tokens.length && isCapitalized(tokens[end]!.text)) end++;
      push(i, end, 'Law', `described:${word}`);
      i = end - 1;
    }
  }
  return out;
}

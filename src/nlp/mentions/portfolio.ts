/**
 * Capitalised portfolios in job titles are not names: "director de Ciencia e Innovación", "director de
 * Inspección de Operaciones y Evaluación de la Policía Regional" (the portfolio runs
 * up to "de la Policía Regional", which is a name), "los ministerios de Asuntos Exteriores", "un doctorado en
 * Ciencias Políticas". A portfolio follows a role word, a lower-case organisation noun or a degree, and a
 * bare "de"/"en" (no article), and starts with an abstract common noun ("Ciencia", "Evaluación", "Asuntos").
 */
import { foldName } from '../../schema/index.js';
import { packFor, type GrammarLexicon, type PortfolioWords } from '../lang/index.js';
import type { Knowledge } from '../knowledge.js';
import type { Sentence } from '../types.js';
import { isCapitalized } from './shape.js';
import { boundedMemo } from '../../util/memo.js';

/**
 * Length of what announces a portfolio at token `i`: a role ("director general"), a lower-case
 * organisation noun ("los ministerios de …", "la secretaría de …"), or a degree. 0 when none.
 */
function triggerAt(
  sentence: Sentence,
  i: number,
  knowledge: Knowledge,
  words: PortfolioWords,
): number {
  const word = sentence.lower[i]!;
  const kind = wordKind(knowledge, words)(word);
  if (kind === DEGREE) return 1;
  if (kind === ORG_NOUN && sentence.tokens[i]!.text === word) return 1;
  const role = knowledge.roleAt(sentence.lower, i);
  // Only offices that come with a portfolio: "director de Comunicación", but "portavoz de Renovación Nacional".
  return role && words.roles.has(foldName(role.role.lemma)) ? role.length : 0;
}

const NONE = 0;
const DEGREE = 1;
/** An organisation noun, itself or without a plural "-s"/"-es" ("ministerios"): a trigger when written in lower case. */
const ORG_NOUN = 2;
type WordKind = typeof NONE | typeof DEGREE | typeof ORG_NOUN;

/** What a lower-case word can announce, memoised per knowledge (the same words come back at every sentence). */
const wordKinds = new WeakMap<Knowledge, (word: string) => WordKind>();
function wordKind(knowledge: Knowledge, words: PortfolioWords): (word: string) => WordKind {
  let kind = wordKinds.get(knowledge);
  if (!kind) {
    kind = boundedMemo((word: string): WordKind => {
      if (words.degrees.test(word)) return DEGREE;
      return [word, word.replace(/s$/, ''), word.replace(/es$/, '')].some(
        (w) => knowledge.cue(w) === 'Organization',
      )
        ? ORG_NOUN
        : NONE;
    });
    wordKinds.set(knowledge, kind);
  }
  return kind;
}

const MAX_ADJECTIVES = 2;

/** Token indices of one sentence that belong to a title's portfolio. */
export function portfolioTokens(
  sentence: Sentence,
  knowledge: Knowledge,
  grammar: GrammarLexicon,
): Set<number> {
  const lower = sentence.lower;
  const tokens = sentence.tokens;
  const out = new Set<number>();
  const words = packFor(knowledge.language).mentions.portfolio;
  for (let i = 0; i < lower.length; i++) {
    const length = triggerAt(sentence, i, knowledge, words);
    if (!length) continue;
    let k = i + length;
    // "director adjunto de", "coordinador general de"
    for (
      let gap = 0;
      gap < MAX_ADJECTIVES &&
      k < lower.length &&
      !words.prepositions.has(lower[k]!) &&
      /^\p{Ll}+$/u.test(tokens[k]!.text) &&
      !grammar.functionWords.has(lower[k]!);
      gap++
    )
      k++;
    if (!words.prepositions.has(lower[k]!)) continue;
    const first = tokens[k + 1];
    const abstract = (t: number): boolean =>
      isCapitalized(tokens[t]?.text ?? '') &&
      words.abstractNouns.test(foldName(lower[t]!)) &&
      knowledge.isCommonWord(lower[t]!) &&
      knowledge.places(tokens[t]!.text).length === 0;
    if (!first || !abstract(k + 1)) continue;
    let end = k + 1;
    while (end < tokens.length) {
      const word = lower[end]!;
      if (isCapitalized(tokens[end]!.text)) {
        end++;
        continue;
      }
      // "para la Operación" continues; "de la Policía Regional" names the body the title belongs to.
      // "de Operaciones" continues with another abstract noun; "de Telefónica" names the employer.
      if (
        (words.inside.has(word) && isCapitalized(tokens[end + 1]?.text ?? '')) ||
        (word === words.of && abstract(end + 1))
      ) {
        end++;
        continue;
      }
      if (
        word === words.purpose &&
        grammar.definiteArticles.has(lower[end + 1] ?? '') &&
        isCapitalized(tokens[end + 2]?.text ?? '')
      ) {
        end += 2;
        continue;
      }
      break;
    }
    for (let t = k + 1; t < end; t++) out.add(t);
    i = end - 1;
  }
  return out;
}

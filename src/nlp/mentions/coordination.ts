/**
 * Coordinated names share what their context says about them:
 *  - "empresas como A, B y C", "las tres organizaciones (A, B y C)": a plural cue noun announcing examples
 *    types every member of the enumeration;
 *  - "propietario de A, B y C", "la ciudad de A y B": a role or cue in front of the first member applies to
 *    the whole coordination.
 * A coordination is a run of name spans separated by commas (and an optional article) that closes with
 * "y"/"e" before its last member ("A, B y C"); a lone comma ("de Madrid, Julia Montes") is an apposition.
 */
import type { CueType, Knowledge } from '../knowledge.js';
import { packFor, type GrammarLexicon } from '../lang/index.js';
import type { Sentence } from '../types.js';
import type { SpanCandidate } from './candidates.js';
import { ruleOn } from '../ablation.js';

/** Words that open a list of examples after a plural noun: "como", "entre ellas", ":", "(". */
const EXAMPLE_MARKS: ReadonlySet<string> = new Set([':', '(']);
const MAX_ADJECTIVES = 3;

/** Name spans of one sentence grouped into coordinations (each with ≥ 2 members), in text order. */
export function coordinations(
  sentence: Sentence,
  spans: readonly SpanCandidate[],
  grammar: GrammarLexicon,
): SpanCandidate[][] {
  const lower = sentence.lower;
  const sorted = [...spans].sort((a, b) => a.tokenStart - b.tokenStart);
  const out: SpanCandidate[][] = [];
  let chain: SpanCandidate[] = [];
  let closed = false;
  const flush = (): void => {
    if (chain.length >= 2 && closed) out.push(chain);
    chain = [];
    closed = false;
  };
  for (const span of sorted) {
    const previous = chain[chain.length - 1];
    const link = previous
      ? linkBetween(lower, previous.tokenEnd, span.tokenStart, grammar)
      : undefined;
    if (previous && link && !closed) {
      chain.push(span);
      if (link === 'conjunction') closed = true;
      continue;
    }
    flush();
    chain = [span];
  }
  flush();
  return out;
}

/** The words between two spans: ", (el)" continues a list, "y (la)" closes it; anything else breaks it. */
function linkBetween(
  lower: readonly string[],
  from: number,
  to: number,
  grammar: GrammarLexicon,
): 'comma' | 'conjunction' | undefined {
  let k = from;
  const separator = lower[k];
  if (separator !== ',' && !grammar.andWords.has(separator ?? '')) return undefined;
  k++;
  if (k < to && grammar.definiteArticles.has(lower[k]!)) k++;
  if (k !== to) return undefined;
  return separator === ',' ? 'comma' : 'conjunction';
}

/**
 * The type announced by a plural cue noun right before a list of examples: "compañías como", "las tres
 * organizaciones (", "partidos políticos:". `firstStart` is the first member's token index.
 */
export function enumerationCue(
  sentence: Sentence,
  firstStart: number,
  knowledge: Knowledge,
): { type: CueType; word: string } | undefined {
  const lower = sentence.lower;
  const { grammar, mentions } = packFor(knowledge.language);
  const opensExamples = (w: string): boolean =>
    EXAMPLE_MARKS.has(w) || mentions.exampleOpeners.has(w);
  let k = firstStart - 1;
  if (k >= 0 && grammar.definiteArticles.has(lower[k]!)) k--;
  if (k < 0 || !opensExamples(lower[k]!)) return undefined;
  k--;
  for (let gap = 0; k >= 0 && gap <= MAX_ADJECTIVES; gap++, k--) {
    const word = lower[k]!;
    // A capitalised word is the end of a name, not a cue noun: "Jurado Nacional de Elecciones (JNE)".
    if (ruleOn('cueNotName') && sentence.tokens[k]!.text !== word) return undefined;
    const type = pluralCue(word, knowledge);
    if (type) return { type, word };
    if (!/^\p{Ll}+$/u.test(word)) return undefined;
  }
  return undefined;
}

/** "organizaciones" → Organization (the cue of its singular "organización"). */
export function pluralCue(word: string, knowledge: Knowledge): CueType | undefined {
  if (!word.endsWith('s')) return undefined;
  for (const singular of [word.slice(0, -1), word.slice(0, -2)]) {
    const cue = singular.length >= 3 ? knowledge.cue(singular) : undefined;
    if (cue) return cue;
  }
  return undefined;
}

/**
 * Final shaping of name spans, whatever proposed them (orthography or the model):
 *  - leading lower-case words, abbreviated honorifics ("Prof.", "Dra.") and interview markers ("P.", "R.") are
 *    not part of a name;
 *  - a lone Roman numeral or function word is not a name;
 *  - "A de B" is two names when B is a person or a known place and A is not an institution
 *    ("Tom Ellery de Oregón", "Jardines de Sevilla", "Gobierno de Julián Sotomayor"), or when A is a
 *    country ("España de Netflix"); "Universidad de Salamanca", "Ciudad de México" stay whole.
 */
import { packFor, type GrammarLexicon, type MentionWords } from '../lang/index.js';
import type { Knowledge } from '../knowledge.js';
import type { Sentence } from '../types.js';
import type { SpanCandidate } from './candidates.js';
import { isCapitalized, isInitialPosition } from './shape.js';

const ROMAN = /^[IVXLCDM]+$/;
/** Abbreviated honorifics and academic titles in front of a name ("el Prof. Juan Ruiz", "Dr. Smith"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'prof.',
  'profa.',
  'dr.',
  'dra.',
  'sr.',
  'sra.',
  'srta.',
  'lic.',
  'ing.',
  'mons.',
  'd.',
  'dña.',
  'mr.',
  'mrs.',
  'ms.',
  'mx.',
  'sir',
  'don',
  'doña',
]);

function trimmed(
  sentence: Sentence,
  span: SpanCandidate,
  grammar: GrammarLexicon,
): SpanCandidate | undefined {
  const tokens = sentence.tokens;
  let { tokenStart: s } = span;
  const e = span.tokenEnd;
  while (
    s < e &&
    (!isCapitalized(tokens[s]!.text) ||
      (HONORIFICS.has(tokens[s]!.text.toLowerCase()) && s + 1 < e))
  )
    s++;
  // Interview transcripts: "P. El …", "R. Sí …" — a lone initial before a function word.
  if (
    s + 1 < e &&
    /^\p{Lu}\.$/u.test(tokens[s]!.text) &&
    grammar.functionWords.has(tokens[s + 1]!.text.toLowerCase())
  )
    return undefined;
  // "R. Efectivamente …": the marker opens the answer; what follows is judged as a sentence start.
  if (s === 0 && s + 1 < e && /^[PR]\.$/.test(tokens[0]!.text)) s++;
  if (s >= e) return undefined;
  if (e - s === 1) {
    const word = tokens[s]!.text;
    if (ROMAN.test(word) || grammar.functionWords.has(word.toLowerCase())) return undefined;
  }
  return s === span.tokenStart ? span : { ...span, tokenStart: s };
}

function split(sentence: Sentence, span: SpanCandidate, knowledge: Knowledge): SpanCandidate[] {
  const tokens = sentence.tokens;
  const lower = sentence.lower;
  const whole = sentence.text.slice(
    tokens[span.tokenStart]!.start - sentence.start,
    tokens[span.tokenEnd - 1]!.end - sentence.start,
  );
  if (knowledge.places(whole).length > 0) return [span]; // "Corea del Norte", "Ciudad de México"
  if (spelledByFollowingAcronym(sentence, span)) return [span]; // "Hornos Unidos de Chile (HUCH)"
  for (let k = span.tokenStart + 1; k < span.tokenEnd - 1; k++) {
    // A capitalised "De" is a surname particle ("Ramiro De Castellanos"), not a preposition.
    if (!packFor(knowledge.language).grammar.ofWords.has(tokens[k]!.text)) continue;
    const left = tokens
      .slice(span.tokenStart, k)
      .map((t) => t.text)
      .join(' ');
    const right = tokens
      .slice(k + 1, span.tokenEnd)
      .map((t) => t.text)
      .join(' ');
    if (!isCapitalized(tokens[k + 1]!.text)) continue;
    const head = knowledge.cue(lower[span.tokenStart]!);
    if (head) continue; // "Universidad de …", "Ciudad de …", "Partido … de Michigan"
    const rightPlace = knowledge.places(right)[0];
    // Long names keep their place ("Unió de Cooperatives Agràries de Catalunya"); short ones are a
    // name plus where it is ("Tom Ellery de Oregón", "Jardines de Sevilla").
    const shortLeft = k - span.tokenStart <= 2;
    const knownPlace =
      shortLeft &&
      rightPlace &&
      (rightPlace.type !== 'City' || (rightPlace.population ?? 0) >= 100_000);
    const rightPerson = knowledge.isGivenName(tokens[k + 1]!.text) && span.tokenEnd - k - 1 >= 2;
    const leftCountry = knowledge.places(left)[0]?.type === 'Country';
    // "Administración del Instituto Técnico Regional": an office of a named body.
    const rightInstitution = knowledge.cue(lower[k + 1]!) === 'Organization';
    if (knownPlace || rightPerson || leftCountry || rightInstitution) {
      return [
        { ...span, tokenEnd: k },
        { ...span, tokenStart: k + 1 },
      ];
    }
  }
  return [span];
}

export function shapeSpan(
  sentence: Sentence,
  span: SpanCandidate,
  knowledge: Knowledge,
  grammar: GrammarLexicon,
): SpanCandidate[] {
  const t = trimmed(sentence, span, grammar);
  if (!t) return [];
  return split(sentence, t, knowledge);
}

/** A single word at a sentence start that nothing else supports ("Verla", "Callar") is not a name. */
export function unsupportedInitial(
  sentence: Sentence,
  span: SpanCandidate,
  capitalizedElsewhere: ReadonlySet<string>,
  knowledge: Knowledge,
): boolean {
  if (span.tokenEnd - span.tokenStart !== 1 || !isInitialPosition(sentence.tokens, span.tokenStart))
    return false;
  const word = sentence.tokens[span.tokenStart]!.text;
  const place = knowledge.places(word).length > 0 && !knowledge.isCommonWord(word.toLowerCase());
  return !capitalizedElsewhere.has(word) && !place && !/^\p{Lu}{2,}/u.test(word);
}

/** Fixed expressions with a capitalised common noun: "golpe de Estado", "razón de Estado". */
export function inFixedExpression(
  sentence: Sentence,
  span: SpanCandidate,
  words: MentionWords,
): boolean {
  if (span.tokenEnd - span.tokenStart !== 1) return false;
  const before = words.fixedExpressions.get(sentence.lower[span.tokenStart]!);
  const [a, b] = [sentence.lower[span.tokenStart - 2], sentence.lower[span.tokenStart - 1]];
  return before?.some(([x, y]) => x === a && y === b) ?? false;
}

/** "Hornos Unidos de Chile (HUCH)": an acronym in brackets that starts with the name's initials vouches for it whole. */
function spelledByFollowingAcronym(sentence: Sentence, span: SpanCandidate): boolean {
  const open = sentence.tokens[span.tokenEnd];
  const acronym = sentence.tokens[span.tokenEnd + 1]?.text ?? '';
  if (open?.text !== '(' || !/^\p{Lu}{3,}$/u.test(acronym)) return false;
  const initials = sentence.tokens
    .slice(span.tokenStart, span.tokenEnd)
    .filter((t) => isCapitalized(t.text))
    .map((t) => t.text[0])
    .join('');
  return initials.length >= 3 && acronym.startsWith(initials);
}

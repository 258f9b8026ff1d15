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
import { isSmallTown, type Knowledge, type NerSpan } from '../knowledge.js';
import { spanText } from '../segment/index.js';
import type { Sentence } from '../types.js';
import type { SpanCandidate } from './candidates.js';
import { isCapitalized, isHandle, isInitialPosition, isRomanNumeral } from './shape.js';
import { ruleOn } from '../ablation.js';
import { HONORIFICS } from '../gazetteer/lexicon/honorifics.js';

function trimmed(
  sentence: Sentence,
  span: SpanCandidate,
  grammar: GrammarLexicon,
): SpanCandidate | undefined {
  const tokens = sentence.tokens;
  let { tokenStart: s, tokenEnd: e } = span;
  // A model span may close on punctuation (CoNLL puts a quoted name's marks inside its chunk).
  while (e > s && !/[\p{L}\p{N}]/u.test(tokens[e - 1]!.text)) e--;
  while (
    s < e &&
    ((!isCapitalized(tokens[s]!.text) && !isHandle(tokens[s]!.text)) ||
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
    if (isRomanNumeral(word) || grammar.functionWords.has(word.toLowerCase())) return undefined;
  }
  return s === span.tokenStart && e === span.tokenEnd
    ? span
    : { ...span, tokenStart: s, tokenEnd: e };
}

function split(
  sentence: Sentence,
  span: SpanCandidate,
  knowledge: Knowledge,
  ner?: NerSpan,
): SpanCandidate[] {
  // A body run together with a person ("Fundación Solar Ignacio Benítez") splits even where the model reads
  // one ORG over both: it was trained on text that never runs them together.
  const person = ruleOn('personAfterName')
    ? personAfterName(sentence, span, knowledge, ner)
    : undefined;
  if (person !== undefined)
    return [
      { ...span, tokenEnd: person },
      { ...span, tokenStart: person },
    ];
  if (ner && ruleOn('modelKeepsWhole') && modelKeepsWhole(span, ner)) return [span]; // "Bolsa de Nueva York", "Inter de Milán"
  const tokens = sentence.tokens;
  const lower = sentence.lower;
  const whole = spanText(sentence, span.tokenStart, span.tokenEnd);
  if (knowledge.places(whole).length > 0) return [span]; // "Corea del Norte", "Ciudad de México"
  if (spelledByFollowingAcronym(sentence, span) || !ruleOn('splitOfName')) return [span]; // "Hornos Unidos de Chile (HUCH)"
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
    // "La Voz de Galicia", "El Correo de Lima": a name led by an article is a title (a medium), whole.
    if (
      ruleOn('articleLedWhole') &&
      packFor(knowledge.language).grammar.definiteArticles.has(lower[span.tokenStart]!)
    )
      continue;
    const rightPlace = knowledge.places(right)[0];
    // Long names keep their place ("Unió de Cooperatives Agràries de Catalunya"); short ones are a
    // name plus where it is ("Tom Ellery de Oregón", "Jardines de Sevilla").
    const shortLeft = k - span.tokenStart <= 2;
    const knownPlace = shortLeft && rightPlace && !isSmallTown(rightPlace);
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
  ner?: NerSpan,
): SpanCandidate[] {
  // A handle is a name on its own: "@usuario Gracias por …" (a model span may run over it).
  const handle = ruleOn('handles')
    ? sentence.tokens
        .slice(span.tokenStart, span.tokenEnd)
        .findIndex((token) => isHandle(token.text))
    : -1;
  if (handle >= 0 && span.tokenEnd - span.tokenStart > 1) {
    const at = span.tokenStart + handle;
    const before = { ...span, tokenEnd: at };
    const after = { ...span, tokenStart: at + 1 };
    return [
      ...(at > span.tokenStart ? shapeSpan(sentence, before, knowledge, grammar) : []),
      { ...span, tokenStart: at, tokenEnd: at + 1 },
      ...(at + 1 < span.tokenEnd ? shapeSpan(sentence, after, knowledge, grammar) : []),
    ];
  }
  const t = trimmed(sentence, span, grammar);
  if (!t) return [];
  return split(sentence, t, knowledge, ner);
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
  return !capitalizedElsewhere.has(word) && !place && !/^\p{Lu}{2,}/u.test(word) && !isHandle(word);
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

/**
 * The model's confidence above which its single span over "A de B" keeps the name whole. Measured alone:
 * esp.testa 69.5 → 70.2 at 0.8 (70.6 at 0.5), news 83.0 at 0.8 (82.9 at 0.5: "X de <city>" lost its city).
 */
export const MODEL_WHOLE_NAME = 0.8;

/** The model reads the whole run as one name ("Bolsa de Nueva York"): "A de B" is not split. */
function modelKeepsWhole(span: SpanCandidate, ner: NerSpan): boolean {
  return (
    ner.start <= span.tokenStart && ner.end >= span.tokenEnd && ner.confidence >= MODEL_WHOLE_NAME
  );
}

/** The model's confidence above which its person span at the end of a longer run splits it off. */
const PERSON_BOUNDARY = 0.8;

/** Typing sources that are no evidence of a name: the word's capital letter alone. */
const SHAPE_ONLY: ReadonlySet<string> = new Set(['shape', 'default']);

/**
 * "Precio", "Comentario", "Estados" (in "los Estados miembros"): one capitalised word that news text
 * mostly writes in lower case, which neither the model, a gazetteer, a cue nor the context calls a
 * name, is a common noun with a capital (a headline, a label, a sentence start), not a name. Applied only
 * when a model ran (its silence is the evidence) and the word is not part of a longer name in the article.
 */
export function bareCommonWord(
  sentence: Sentence,
  span: SpanCandidate,
  proposal: { readonly source: string },
  knowledge: Knowledge,
): boolean {
  return (
    span.tokenEnd - span.tokenStart === 1 &&
    SHAPE_ONLY.has(proposal.source) &&
    knowledge.isCommonWord(sentence.lower[span.tokenStart]!)
  );
}

/**
 * "Frente Cívico Lucía Ferrer", "Casa Rosada Ana Ruiz": a name of two or more words run together with a
 * person's name (given name + surname, all capitalised) is two names. The left part must not itself
 * start like a person ("Juan Carlos Pérez") and must have two words ("San Juan Bosco" stays whole).
 * A known given name or the model's person span marks where the person starts; returns that token.
 */
function personAfterName(
  sentence: Sentence,
  span: SpanCandidate,
  knowledge: Knowledge,
  ner?: NerSpan,
): number | undefined {
  const tokens = sentence.tokens;
  if (knowledge.isGivenName(tokens[span.tokenStart]!.text)) return undefined;
  // The model's own boundary: its confident person span closes the run, two words or more after its start.
  if (
    ner?.label === 'PER' &&
    ner.confidence >= PERSON_BOUNDARY &&
    ner.end === span.tokenEnd &&
    ner.start >= span.tokenStart + 2 &&
    ner.end - ner.start >= 2
  )
    return ner.start;
  for (let k = span.tokenStart + 2; k + 2 <= span.tokenEnd; k++) {
    const rest = tokens.slice(k, span.tokenEnd);
    if (
      knowledge.isGivenName(tokens[k]!.text) &&
      !knowledge.isGivenName(tokens[k - 1]!.text) &&
      isCapitalized(tokens[k - 1]!.text) &&
      rest.every((t) => isCapitalized(t.text))
    )
      return k;
  }
  return undefined;
}

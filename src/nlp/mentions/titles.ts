/**
 * Titles of works (books, reports, series, investigations) are names even though only their first word
 * is capitalised: "un libro titulado La confrontación política", "el informe con el título «Vulnerabilidades
 * de …: la historia del caso X»", "el trailer de “Tiranos de la Historia”, una docuserie". A title is
 *  - what follows "titulado/llamado/con el título" in quotes, or "titulado" without (up to punctuation), or
 *  - a quoted span starting with a capital, with no sentence punctuation inside, next to a work noun
 *    ("el trailer de “…”", "“…”, una docuserie");
 * and later quoted repetitions of a title found so are titles too. Typed Other.
 */
import type { MentionWords } from '../lang/index.js';
import { spanText } from '../segment/index.js';
import type { EntityMention, Sentence } from '../types.js';
import { CLOSE_QUOTES, isCapitalized, OPEN_QUOTES } from './shape.js';

type WorkWords = MentionWords['works'];
const SENTENCE_PUNCTUATION: ReadonlySet<string> = new Set(['.', '?', '!', '¿', '¡', ';']);
const END_UNQUOTED: ReadonlySet<string> = new Set(['.', ',', ';', ':', '(', ')', '?', '!']);
const MAX_TITLE = 25;
const MAX_QUOTED_WITHOUT_TRIGGER = 12;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The quoted span opening at `open` (exclusive of the quotes), if it closes soon and reads as a title. */
function quoted(sentence: Sentence, open: number, maxLength: number): Span | undefined {
  const tokens = sentence.tokens;
  if (!OPEN_QUOTES.has(tokens[open]?.text ?? '') || !isCapitalized(tokens[open + 1]?.text ?? ''))
    return undefined;
  for (let k = open + 1; k < tokens.length && k - open <= maxLength; k++) {
    if (CLOSE_QUOTES.has(tokens[k]!.text) && k > open + 1) return { start: open + 1, end: k };
    if (SENTENCE_PUNCTUATION.has(tokens[k]!.text)) return undefined;
  }
  return undefined;
}

function triggered(sentence: Sentence, works: WorkWords): Span[] {
  const tokens = sentence.tokens;
  const lower = sentence.lower;
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "titulado X", "con el título «X»"
    if (works.naming.test(lower[i]!)) {
      const q = quoted(sentence, i + 1, MAX_TITLE);
      if (q) {
        out.push(q);
        i = q.end;
        continue;
      }
      // Unquoted, only "titulado" announces a title ("también llamado Juan" names a person).
      if (isCapitalized(tokens[i + 1]?.text ?? '') && works.namingUnquoted.test(lower[i]!)) {
        let end = i + 2;
        while (end < tokens.length && end - i <= MAX_TITLE && !END_UNQUOTED.has(tokens[end]!.text))
          end++;
        out.push({ start: i + 1, end });
        i = end - 1;
      }
      continue;
    }
    const q = quoted(sentence, i, MAX_QUOTED_WITHOUT_TRIGGER);
    if (!q) continue;
    // "el trailer de “X”" / "“X”, una docuserie"
    const before = [lower[i - 1], lower[i - 2], lower[i - 3]].some(
      (w) => w !== undefined && works.nouns.test(w),
    );
    const afterAt = lower[q.end + 1] === ',' ? q.end + 2 : -1;
    const after =
      afterAt > 0 &&
      [lower[afterAt], lower[afterAt + 1]].some((w) => w !== undefined && works.nouns.test(w));
    if (before || after) {
      out.push(q);
      i = q.end;
    }
  }
  return out;
}

const textOf = (sentence: Sentence, span: Span): string => spanText(sentence, span.start, span.end);

/** Title mentions of an article, by sentence index. */
export function findTitles(
  sentences: readonly Sentence[],
  works: WorkWords,
): Map<number, EntityMention[]> {
  const found = new Map<number, Span[]>(sentences.map((s) => [s.index, triggered(s, works)]));
  const known = new Set(
    sentences.flatMap((s) => found.get(s.index)!.map((span) => textOf(s, span))),
  );
  // Quoted repetitions of a known title.
  for (const s of sentences) {
    const spans = found.get(s.index)!;
    for (let i = 0; i < s.tokens.length; i++) {
      const q = quoted(s, i, MAX_TITLE);
      if (q && known.has(textOf(s, q)) && !spans.some((x) => x.start < q.end && q.start < x.end))
        spans.push(q);
    }
  }
  return new Map(
    sentences.map((s) => [
      s.index,
      found.get(s.index)!.map((span): EntityMention => {
        const first = s.tokens[span.start]!;
        const last = s.tokens[span.end - 1]!;
        return {
          sentenceIndex: s.index,
          tokenStart: span.start,
          tokenEnd: span.end,
          start: first.start,
          end: last.end,
          text: textOf(s, span),
          form: 'name',
          type: 'Other',
          typeSource: 'title',
          typeConfidence: 0.85,
        };
      }),
    ]),
  );
}

/**
 * Sentence segmentation for news: line breaks always end a sentence (headlines, paragraphs,
 * datelines); . ! ? … end one when what follows starts a new sentence. Closing quotes and brackets
 * stay with the sentence they close (“… cercano”. / … cercano.”).
 */
import type { Sentence, Token } from '../types.js';
import { tokenize } from './tokenize.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set(['”', '’', '»', '"', "'", ')', ']', '›']);
const OPENERS_RE = /^[\p{Lu}\p{N}¿¡“«"'([—–-]/u;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const tokens = tokenize(line, lineStart);
    splitLine(tokens, text, sentences);
    lineStart += line.length + 1;
  }
  return sentences;
}

function splitLine(tokens: readonly Token[], text: string, out: Sentence[]): void {
  let first = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!TERMINAL.has(token.text)) continue;
    let last = k;
    while (last + 1 < tokens.length && CLOSERS.has(tokens[last + 1]!.text)) last++;
    // Dateline ".-": the dash belongs to the sentence that the dot closes.
    if (last + 1 < tokens.length && /^[-–—]$/.test(tokens[last + 1]!.text) && token.text === '.')
      last++;
    const next = tokens[last + 1];
    if (next && !OPENERS_RE.test(next.text)) continue;
    push(tokens.slice(first, last + 1), text, out);
    first = last + 1;
    k = last;
  }
  if (first < tokens.length) push(tokens.slice(first), text, out);
}

/** The sentence's text from token `from` to token `to` (exclusive), as written. */
export function spanText(sentence: Sentence, from: number, to: number): string {
  const { tokens } = sentence;
  return sentence.text.slice(
    tokens[from]!.start - sentence.start,
    tokens[to - 1]!.end - sentence.start,
  );
}

/**
 * Sentences given already segmented and tokenised (a corpus such as CoNLL-2002): each entry is one
 * sentence's token spans in `text`, in order. Empty entries are skipped.
 */
export function sentencesFromTokens(
  text: string,
  sentences: readonly (readonly { readonly start: number; readonly end: number }[])[],
): Sentence[] {
  const out: Sentence[] = [];
  for (const spans of sentences)
    push(
      spans.map((t, i) => {
        if (t.start < 0 || t.end > text.length || t.end <= t.start)
          throw new RangeError(
            `sentencesFromTokens: token [${t.start}, ${t.end}) is outside the text (length ${text.length})`,
          );
        return { text: text.slice(t.start, t.end), start: t.start, end: t.end, i };
      }),
      text,
      out,
    );
  return out;
}

function push(tokens: readonly Token[], text: string, out: Sentence[]): void {
  if (tokens.length === 0) return;
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  out.push({
    index: out.length,
    start,
    end,
    text: text.slice(start, end),
    tokens: tokens.map((t, i) => ({ ...t, i })),
    lower: tokens.map((t) => t.text.toLowerCase()),
  });
}

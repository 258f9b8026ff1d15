/**
 * Tokenizer for news text with exact offsets. Keeps together what Spanish news writes as one unit:
 * dotted acronyms (EE.UU.), abbreviations (Sr., Dra.), grouped numbers (30.000, 1,5), hyphenated
 * names (COVID-19, 11-M), and the three-dot ellipsis. Splits the English possessive 's off its word.
 */
import type { Token } from '../types.js';
import { isAbbreviation } from './abbreviations.js';

/** A social-media handle ("@usuario_1"), which the tokenizer keeps as one token. */
export const HANDLE_PATTERN = String.raw`@[\p{L}\p{N}_]{2,}`;

const TOKEN_RE = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"“”«»]+[^\s<>"“”«».,;:!?)\]]`, // URL
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail
    String.raw`(?:\p{Lu}{1,3}\.){2,}`, // EE.UU., S.A.
    String.raw`#[\p{L}\p{N}_]+`, // hashtag
    HANDLE_PATTERN, // a social-media handle ("@usuario_1"): one token
    String.raw`\*(?:NUMBER|URL)\*`, // a corpus's masked number or address ("el *NUMBER* de junio"): one token, never a name
    String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)`, // 30.000 / 1.234,5
    String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)`, // 30,000 / 1,234.5
    String.raw`\d+(?:[.,]\d+)?(?:[-–]\p{L}+)?`, // 2024, 3,5, 11-M
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*(?:\.(?!\.))?`, // words (optional dot, checked below)
    String.raw`\.{3}|…`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

const POSSESSIVE = /^([\p{L}\p{M}\p{N}]{2,}(?:['’-][\p{L}\p{M}\p{N}]+)*?)['’]s$/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let match: RegExpExecArray | null;
  const push = (t: string, start: number) =>
    tokens.push({
      text: t,
      start: offset + start,
      end: offset + start + t.length,
      i: tokens.length,
    });
  while ((match = TOKEN_RE.exec(text)) !== null) {
    const value = match[0];
    const start = match.index;
    if (
      value.length > 1 &&
      value.endsWith('.') &&
      /[\p{L}\p{N}]\.$/u.test(value) &&
      !/^(?:\p{Lu}{1,3}\.){2,}$/u.test(value)
    ) {
      // A word followed by a dot: keep the dot only for known abbreviations.
      const word = value.slice(0, -1);
      if (isAbbreviation(value)) push(value, start);
      else {
        push(word, start);
        push('.', start + word.length);
      }
      continue;
    }
    // English possessive: "Turkey's" → "Turkey" + "'s", so the name is a name of its own.
    const possessive = POSSESSIVE.exec(value);
    if (possessive) {
      push(possessive[1]!, start);
      push(value.slice(possessive[1]!.length), start + possessive[1]!.length);
      continue;
    }
    push(value, start);
  }
  return tokens;
}

/**
 * Text normalisation applied before any offsets are taken: Unicode NFC, LF line ends, no BOM,
 * no control characters, collapsed runs of blank lines, hard-wrapped lines joined (`unwrapLines`).
 * Everything downstream indexes this string.
 */
import { unwrapLines } from './unwrap.js';

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function normalizeText(input: string): string {
  const clean = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, ' ')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .normalize('NFC')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return unwrapLines(clean);
}

/** The headline: the first line when it is short enough to be one. */
export function guessTitle(text: string): string {
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  return first.length > 0 && first.length <= 300 ? first : first.slice(0, 120);
}

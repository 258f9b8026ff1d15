/** Orthographic predicates on tokens. */
import { HANDLE_PATTERN } from '../segment/index.js';
import type { Token } from '../types.js';

export const isCapitalized = (word: string): boolean =>
  /^\p{Lu}/u.test(word) && /\p{L}/u.test(word);
export const isAllCaps = (word: string): boolean =>
  /^[\p{Lu}\d.&-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
/**
 * A well-formed Roman numeral ("XXI", "IV", "MCM"), not any run of its letters: "CVM" or "VMI" are
 * acronyms.
 */
const ROMAN = /^(?=[IVXLCDM])M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
export const isRomanNumeral = (word: string): boolean => ROMAN.test(word);
/** Acronyms: 2–6 capitals (with dots, digits, & or -), not Roman numerals ("XXI") or shouted words ("HERENCIAS"). */
export const isAcronym = (word: string): boolean => {
  const letters = word.replace(/[^\p{Lu}]/gu, '');
  return isAllCaps(word) && letters.length >= 2 && letters.length <= 6 && !isRomanNumeral(word);
};

/** A social-media handle ("@usuario_1"), one token since the tokenizer keeps it whole. */
const HANDLE = new RegExp(`^${HANDLE_PATTERN}$`, 'u');
export const isHandle = (word: string): boolean => word.charCodeAt(0) === 64 && HANDLE.test(word);

/** Quotation marks that open and close a quotation ('"' and "'" do both). */
export const OPEN_QUOTES: ReadonlySet<string> = new Set(['“', '«', '"', '‘', "'"]);
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['”', '»', '"', '’', "'"]);

const INTERVIEW_MARKER = /^[PR]\.$/;
const OPENING = new Set([
  '“',
  '«',
  '"',
  "'",
  '‘',
  '(',
  '[',
  '—',
  '–',
  '-',
  ':',
  '¿',
  '¡',
  '…',
  '...',
]);

/** True where a capital letter says nothing about names: sentence start, after an opening quote or colon. */
export function isInitialPosition(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  // Interview transcripts: "P. Efectivamente …", "R. Uno de …" — the answer starts after the marker.
  if (i === 1 && INTERVIEW_MARKER.test(tokens[0]!.text)) return true;
  // A quoted post starts after the handle it answers: "@usuario Gracias por …".
  return OPENING.has(tokens[i - 1]!.text) || isHandle(tokens[i - 1]!.text);
}

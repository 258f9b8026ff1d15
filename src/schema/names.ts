/**
 * The one name folding of trama: entity keys, alias comparison, gazetteer lookups and the viewer's
 * search all compare names through `foldName`, so that what one of them calls the same name, all do.
 *
 *   Unicode NFKD, combining marks removed ("Perú" = "Peru", "ñ" = "n"), lower case; dots, apostrophes
 *   and quotation marks dropped ("EE.UU." = "EEUU", "O'Brien" = "OBrien") unless they stand between
 *   two digits ("1.5" ≠ "15", "30.000" = "30 000"); every other run of
 *   characters that are neither letters nor digits (spaces, hyphens, slashes, commas, brackets) read
 *   as one space; no space at either end.
 *
 * `nameSlug` is the same folding written with hyphens, for keys ("Person:ana-perez").
 */
import { boundedMemo } from '../util/memo.js';

const COMBINING_MARKS = /\p{M}+/gu;
/** Dropped, except between two digits: there a dot or an apostrophe separates digits ("30.000", "1.5"). */
const DROPPED = /(?<!\p{N})[.'’‘`´ʼ"“”«»]|[.'’‘`´ʼ"“”«»](?!\p{N})/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
/** Already folded: lower-case ASCII words separated by single spaces (most gazetteer lookups). */
const FOLDED_ASCII = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * Folded forms of recent inputs. The pipeline folds the same tokens many times (every gazetteer, role,
 * cue and demonym lookup at every position), so the work is done once per distinct string, in a
 * bounded memo.
 */
export const foldName: (text: string) => string = boundedMemo(foldUncached);

function foldUncached(text: string): string {
  const lower = text.toLowerCase();
  if (FOLDED_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(DROPPED, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The folded name as a key part: words joined by hyphens ("x" for a name with no letter or digit). */
export function nameSlug(text: string): string {
  return foldName(text).replaceAll(' ', '-') || 'x';
}

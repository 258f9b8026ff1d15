/**
 * Token normalisation for features: maps typographic variants that CoNLL-2002 never shows onto the
 * ASCII forms it uses (curly and angle quotes to `"`, single curly quotes to `'`, en/em dashes to `-`,
 * the ellipsis character to `...`), and gives the lower-cased and digit-folded keys used by lexicons
 * and clusters.
 */

const CHAR_MAP: Readonly<Record<string, string>> = {
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2039': "'",
  '\u203A': "'",
  '\u2032': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2012': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u202F': ' ',
};
const SPECIAL =
  /[\u201C-\u201F\u00AB\u00BB\u2033\u2018\u2019\u201A\u201B\u2039\u203A\u2032\u2010-\u2015\u2212\u2026\u00A0\u202F]/g;

const BEYOND_PLAIN_LATIN1 = /[\u00A0\u00AB\u00BB\u0100-\uFFFF]/;

/** The CoNLL-like surface form of a token (NFC, typographic quotes and dashes folded). */
export function normalizeToken(token: string): string {
  let t = token;
  // Fast path: plain ASCII/Latin-1 tokens are by far the most common. Only a token with a character
  // past Latin-1, or Latin-1's no-break space or guillemets, can change.
  if (BEYOND_PLAIN_LATIN1.test(t)) {
    t = t.normalize('NFC').replace(SPECIAL, (c) => CHAR_MAP[c] ?? c);
  }
  return t;
}

/** Lower-cased normalised form. */
export function lowerKey(normalized: string): string {
  return normalized.toLowerCase();
}

/** Lower-cased form with every digit folded to `0`: the key of the word-cluster table. */
export function clusterKey(normalized: string): string {
  return normalized.toLowerCase().replace(/[0-9]/g, '0');
}

/**
 * Wire-story datelines: "GINEBRA, 12 mar (EFE).- El ministro …", "GENEVA (Reuters) - The minister …".
 * The place and agency before the dash are not part of the sentence's first clause, so a verb's
 * subject is never looked for there.
 */

const DASHES: ReadonlySet<string> = new Set(['-', '—', '–']);
const MAX_DATELINE = 15;

const isUpperWord = (t: string): boolean => /^\p{Lu}[\p{Lu}\p{M}'’.-]+$/u.test(t);
/** What a dateline holds besides its place: commas, day numbers, short month names ("12 mar", "Nov. 3"). */
const isDateWord = (t: string): boolean =>
  t === ',' || /^\d{1,4}$/.test(t) || /^\p{L}{3,4}\.?$/u.test(t);

/** Index of the first token after the dateline's dash, or 0 when the sentence does not open with one. */
export function datelineEnd(tokens: readonly string[]): number {
  if (!isUpperWord(tokens[0] ?? '')) return 0;
  let k = 1;
  let depth = 0;
  while (k < Math.min(tokens.length, MAX_DATELINE)) {
    const t = tokens[k]!;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && DASHES.has(t)) return k + 1 < tokens.length ? k + 1 : 0;
    else if (depth === 0 && !(isUpperWord(t) || isDateWord(t) || t === '.')) return 0;
    k++;
  }
  return 0;
}

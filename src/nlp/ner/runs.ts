/**
 * Sentence-shape helpers shared by the sentence and document features: runs of capitalised words (name
 * candidates, connectors such as "de" allowed inside) and the headline test (most words in capitals).
 */
import type { TokenView } from './token-view.js';
import { isAllCaps } from './shape.js';

export interface CapitalisedRuns {
  /** Per token: S (run of one), B, I, E, or '' outside runs. */
  readonly pos: string[];
  /** Run length, capped at 6. */
  readonly len: number[];
  /** First token of the run, -1 outside runs. */
  readonly start: number[];
  /** One past the last token of the run, -1 outside runs. */
  readonly end: number[];
}

/** Lower-case words that may sit inside a capitalised name ("Banco de España", "Estados Unidos de América"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'e',
  'i',
  'en',
  'para',
  "d'",
  'di',
  'da',
  'van',
  'von',
]);

/** Marks, per token, its position in a run of capitalised words (connectors allowed inside). */
export function capitalisedRuns(views: readonly TokenView[]): CapitalisedRuns {
  const n = views.length;
  const pos: string[] = new Array(n).fill('');
  const len: number[] = new Array(n).fill(0);
  const start: number[] = new Array(n).fill(-1);
  const end_: number[] = new Array(n).fill(-1);
  let i = 0;
  while (i < n) {
    if (!views[i]!.cap) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < n && views[end]!.cap) {
        end++;
        continue;
      }
      // Allow up to two connectors followed by a capitalised word.
      let k = end;
      while (k < n && k - end < 2 && NAME_CONNECTORS.has(views[k]!.lower)) k++;
      if (k > end && k < n && views[k]!.cap) {
        end = k + 1;
        continue;
      }
      break;
    }
    const L = end - i;
    for (let k = i; k < end; k++) {
      pos[k] = L === 1 ? 'S' : k === i ? 'B' : k === end - 1 ? 'E' : 'I';
      len[k] = Math.min(L, 6);
      start[k] = i;
      end_[k] = end;
    }
    i = end;
  }
  return { pos, len, start, end: end_ };
}

/** Headline-style sentence: at least two words with letters, more than half of them in capitals. */
export function isHeadlineSentence(views: readonly TokenView[]): boolean {
  let words = 0;
  let caps = 0;
  for (const v of views) {
    if (v.lower === v.norm.toUpperCase()) continue;
    words++;
    if (isAllCaps(v.norm)) caps++;
  }
  return words >= 2 && caps * 2 > words;
}

/**
 * Document-level (non-local) evidence for the tagger: how each word is written elsewhere in the same
 * document. A capitalised sentence-initial or headline word that the article also writes in lower case
 * mid-sentence is likely a common word; one the article writes capitalised mid-sentence is likely a
 * name; a surname that the article elsewhere gives as the last word of a longer name ("Pastrana" after
 * "Andrés Pastrana") gets the position it had there. The statistics use the text only, never labels.
 *
 * Also: splitting CoNLL-2002 files into articles. They have no -DOCSTART- lines; each EFE article opens
 * with a dateline sentence ending in "( AGENCY ) ." followed by a sentence that is just "-".
 */
import type { TokenView } from './token-view.js';
import { capitalisedRuns, isHeadlineSentence } from './runs.js';

export interface DocWordStats {
  /** Times written in lower case, not sentence-initially. */
  lowerMid: number;
  /** Times written capitalised, not sentence-initially and not in a headline sentence. */
  capMid: number;
  /** Longest capitalised run the word occurs in, with its position there and the run's first word. */
  longestRun: number;
  longestPos: string;
  longestFirst: string;
}

export interface DocumentContext {
  readonly words: ReadonlyMap<string, DocWordStats>;
}

/** Collects the per-word statistics of a document from the token views of its sentences. */
export function documentContext(sentences: readonly (readonly TokenView[])[]): DocumentContext {
  const words = new Map<string, DocWordStats>();
  const stats = (w: string): DocWordStats => {
    let s = words.get(w);
    if (!s)
      words.set(
        w,
        (s = { lowerMid: 0, capMid: 0, longestRun: 0, longestPos: '', longestFirst: '' }),
      );
    return s;
  };
  for (const views of sentences) {
    const headline = isHeadlineSentence(views); // capitals in headlines say nothing
    const runs = capitalisedRuns(views);
    for (let i = 0; i < views.length; i++) {
      const v = views[i]!;
      if (v.lower === v.norm.toUpperCase()) continue; // no letters with case
      if (!v.cap) {
        if (i > 0 && v.norm === v.lower) stats(v.lower).lowerMid++;
        continue;
      }
      const s = stats(v.lower);
      if (i > 0 && !headline) s.capMid++;
      const len = runs.end[i]! - runs.start[i]!;
      if (!headline && len > s.longestRun) {
        s.longestRun = len;
        s.longestPos = runs.pos[i]!;
        s.longestFirst = views[runs.start[i]!]!.lower;
      }
    }
  }
  return { words };
}

/**
 * Document features of capitalised token `i` (whose own run has `ownRunLength` tokens): lower-case use
 * elsewhere, capitalised mid-sentence use elsewhere, and membership of a longer name elsewhere.
 */
export function documentFeatures(
  doc: DocumentContext,
  v: TokenView,
  i: number,
  headline: boolean,
  ownRunLength: number,
  emit: (feature: string) => void,
): void {
  if (!v.cap) return;
  const s = doc.words.get(v.lower);
  if (!s) return;
  const where = i === 0 ? ':0' : headline ? ':h' : '';
  if (s.lowerMid > 0) emit('doc:lc' + where);
  // Its own mid-sentence capitalised use does not count.
  const selfCap = i > 0 && !headline ? 1 : 0;
  if (s.capMid - selfCap > 0) emit('doc:cap' + where);
  if (s.longestRun > ownRunLength) {
    emit('doc:longer=' + s.longestPos);
    emit('doc:longerFirst=' + s.longestFirst);
  }
}

/** Ranges `[start, end)` of the articles in CoNLL-2002 sentences (dateline "… ( EFE ) ." then "-"). */
export function conllDocuments(sentences: readonly (readonly string[])[]): [number, number][] {
  const starts = [0];
  for (let k = 1; k + 1 < sentences.length; k++) {
    const s = sentences[k]!;
    const next = sentences[k + 1]!;
    const n = s.length;
    if (
      next.length === 1 &&
      next[0] === '-' &&
      n >= 4 &&
      s[n - 1] === '.' &&
      s[n - 2] === ')' &&
      s[n - 4] === '('
    )
      starts.push(k);
  }
  return starts.map((st, j) => [st, j + 1 < starts.length ? starts[j + 1]! : sentences.length]);
}

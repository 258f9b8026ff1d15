/** Tags the sentences of a CoNLL file with a tagger, keeping the gold column. */
import type { ConllSentence } from './types.js';

export interface SentenceTagger {
  tag(tokens: readonly string[]): string[];
  /** Tags the sentences of one document together (non-local features), when the tagger can. */
  tagDocument?(sentences: readonly (readonly string[])[]): string[][];
}

/**
 * Tags every sentence. With `documents` (ranges `[start, end)` of sentence indices) and a tagger that has
 * `tagDocument`, each range is tagged as one document; otherwise sentence by sentence.
 */
export function tagConllSentences(
  sentences: readonly ConllSentence[],
  tagger: SentenceTagger,
  documents?: readonly (readonly [number, number])[],
): ConllSentence[] {
  if (!documents || !tagger.tagDocument)
    return sentences.map((s) => ({ tokens: s.tokens, gold: s.gold, pred: tagger.tag(s.tokens) }));
  const pred: string[][] = new Array(sentences.length);
  for (const [start, end] of documents) {
    const tags = tagger.tagDocument(sentences.slice(start, end).map((s) => s.tokens));
    for (let k = start; k < end; k++) pred[k] = tags[k - start]!;
  }
  return sentences.map((s, k) => ({
    tokens: s.tokens,
    gold: s.gold,
    pred: pred[k] ?? tagger.tag(s.tokens),
  }));
}

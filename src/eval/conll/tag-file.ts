/** Tags the sentences of a CoNLL file with a tagger, keeping the gold column. */
import type { ConllSentence } from './types.js';

export interface SentenceTagger {
  tag(tokens: readonly string[]): string[];
}

export function tagConllSentences(sentences: readonly ConllSentence[], tagger: SentenceTagger): ConllSentence[] {
  return sentences.map((s) => ({ tokens: s.tokens, gold: s.gold, pred: tagger.tag(s.tokens) }));
}

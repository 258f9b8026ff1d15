/** The tagging API over a loaded model: IOB2 tags for one tokenised sentence, optionally with confidences. */
import { marginals, viterbi } from './decode.js';
import type { NerModel } from './model.js';
import type { DocumentContext } from './document.js';

export interface TaggedWithScores {
  readonly tags: string[];
  /**
   * Per token: the posterior probability of its predicted tag under a softmax of the perceptron scores
   * (forward–backward, temperature `confidenceTemperature`). For a span, the minimum over its tokens
   * is a reasonable span confidence.
   */
  readonly confidences: number[];
}

export interface NerTagger {
  /** IOB2 tags (`O`, `B-PER`, `I-PER`, … over PER/LOC/ORG/MISC), one per token. */
  tag(tokens: readonly string[], doc?: DocumentContext): string[];
  tagWithScores(tokens: readonly string[], doc?: DocumentContext): TaggedWithScores;
  /**
   * Like `tagWithScores`, but confidences only where a use needs them: for tokens tagged as part of an
   * entity (the others are NaN), and no forward–backward at all for a sentence without entities. The
   * confidences given are the same as `tagWithScores`'.
   */
  tagWithEntityScores(tokens: readonly string[], doc?: DocumentContext): TaggedWithScores;
  /**
   * Tags the sentences of one article together: each sentence also gets features from how its words are
   * written elsewhere in the article (see document.ts). Same as `tag` per sentence for one-sentence input.
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  /** The document context to pass to `tag`/`tagWithScores` for sentences of this article. */
  documentContext(sentences: readonly (readonly string[])[]): DocumentContext;
  readonly model: NerModel;
}

/** Scores are divided by this before the softmax; fitted on the dev set (see docs/ner.md). */
export const DEFAULT_CONFIDENCE_TEMPERATURE = 1;

export function createTagger(
  model: NerModel,
  confidenceTemperature = Number(
    model.meta['confidenceTemperature'] ?? DEFAULT_CONFIDENCE_TEMPERATURE,
  ),
): NerTagger {
  const T = model.T;
  const outside = model.tags.indexOf('O');
  const tag = (tokens: readonly string[], doc?: DocumentContext): string[] => {
    if (tokens.length === 0) return [];
    const em = model.emissions(tokens, doc);
    return Array.from(viterbi(em, tokens.length, T, model.transitions), (t) => model.tags[t]!);
  };
  return {
    model,
    tag,
    documentContext: (sentences) => model.documentContext(sentences),
    tagDocument(sentences) {
      const doc = model.documentContext(sentences);
      return sentences.map((tokens) => tag(tokens, doc));
    },
    tagWithScores(tokens, doc) {
      if (tokens.length === 0) return { tags: [], confidences: [] };
      const em = model.emissions(tokens, doc);
      const path = viterbi(em, tokens.length, T, model.transitions);
      const post = marginals(em, tokens.length, T, model.transitions, confidenceTemperature);
      return {
        tags: Array.from(path, (t) => model.tags[t]!),
        confidences: Array.from(path, (t, i) => post[i * T + t]!),
      };
    },
    tagWithEntityScores(tokens, doc) {
      if (tokens.length === 0) return { tags: [], confidences: [] };
      const em = model.emissions(tokens, doc);
      const path = viterbi(em, tokens.length, T, model.transitions);
      const tags = Array.from(path, (t) => model.tags[t]!);
      const first = path.findIndex((t) => t !== outside);
      if (first < 0) return { tags, confidences: tags.map(() => NaN) };
      const post = marginals(em, tokens.length, T, model.transitions, confidenceTemperature, first);
      return {
        tags,
        confidences: Array.from(path, (t, i) => (t === outside ? NaN : post[i * T + t]!)),
      };
    },
  };
}

/** The tagging API over a loaded model: IOB2 tags for one tokenised sentence, optionally with confidences. */
import { marginals, viterbi } from './decode.js';
import type { NerModel } from './model.js';

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
  tag(tokens: readonly string[]): string[];
  tagWithScores(tokens: readonly string[]): TaggedWithScores;
  readonly model: NerModel;
}

/** Scores are divided by this before the softmax; fitted on the dev set (see docs/ner.md). */
export const DEFAULT_CONFIDENCE_TEMPERATURE = 1;

export function createTagger(model: NerModel, confidenceTemperature = Number(model.meta['confidenceTemperature'] ?? DEFAULT_CONFIDENCE_TEMPERATURE)): NerTagger {
  const T = model.T;
  return {
    model,
    tag(tokens) {
      if (tokens.length === 0) return [];
      const em = model.emissions(tokens);
      return Array.from(viterbi(em, tokens.length, T, model.transitions), (t) => model.tags[t]!);
    },
    tagWithScores(tokens) {
      if (tokens.length === 0) return { tags: [], confidences: [] };
      const em = model.emissions(tokens);
      const path = viterbi(em, tokens.length, T, model.transitions);
      const post = marginals(em, tokens.length, T, model.transitions, confidenceTemperature);
      return {
        tags: Array.from(path, (t) => model.tags[t]!),
        confidences: Array.from(path, (t, i) => post[i * T + t]!),
      };
    },
  };
}

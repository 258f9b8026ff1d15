import type { Certainty, Predicate } from '../../schema/index.js';
import type { Span } from '../../schema/index.js';

/** A relation found in one article, between two in-article entities. */
export interface ArticleRelation {
  readonly subject: number;
  readonly object: number;
  readonly predicate: Predicate;
  readonly certainty: Certainty;
  readonly confidence: number;
  readonly sentenceIndex: number;
  /** The rule that found it ("verb", "title", "cue" …). */
  readonly rule: string;
  /** Absolute offsets of the trigger word(s) in the sentence, when the construction has any. */
  readonly trigger?: Span;
  /** Absolute offsets of the arguments. */
  readonly highlights: readonly Span[];
}

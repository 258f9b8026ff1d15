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
  readonly trigger: string;
  readonly highlights: readonly Span[];
}

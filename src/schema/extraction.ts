/**
 * What graph assembly needs from one article's extraction, stated here so that graph/ depends only on
 * the schema (the pipeline's ArticleExtraction and the nlp types satisfy it structurally).
 */
import type { Certainty, EntityType, Language, Predicate, Span } from '../schema/index.js';

/** A stretch of the article text: UTF-16 offsets into the normalised text, and the text itself. */
export interface TextSpan {
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ExtractedArticle {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly language: Language;
  readonly text: string;
  readonly publishedAt?: string | undefined;
}

export interface ExtractedSentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One in-article entity: its id is what relations refer to. */
export interface ExtractedEntity {
  readonly id: number;
  readonly type: EntityType;
  readonly name: string;
  readonly typeSource?: string | undefined;
  readonly mentions: readonly TextSpan[];
  readonly demonymMentions: readonly TextSpan[];
}

export interface ExtractedRelation {
  readonly subject: number;
  readonly object: number;
  readonly predicate: Predicate;
  readonly certainty: Certainty;
  readonly confidence: number;
  readonly sentenceIndex: number;
  readonly rule: string;
  readonly trigger?: Span | undefined;
  readonly highlights: readonly Span[];
}

export interface ExtractedDate extends TextSpan {
  readonly iso: string | null;
}

export interface ExtractedQuantity extends TextSpan {
  readonly value: number | null;
  readonly unit: string | null;
}

/** Everything assembly reads from one article. */
export interface Extraction {
  readonly article: ExtractedArticle;
  readonly sentences: readonly ExtractedSentence[];
  readonly entities: readonly ExtractedEntity[];
  readonly relations: readonly ExtractedRelation[];
  readonly dates: readonly ExtractedDate[];
  readonly quantities: readonly ExtractedQuantity[];
}

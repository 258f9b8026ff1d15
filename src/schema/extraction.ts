/**
 * The extraction contract: what one article's extraction hands to graph assembly. It is the one
 * definition of these shapes — the NLP layer's types extend it (`nlp/types.ts`: its sentences add
 * tokens, its entities roles and mention details) and graph assembly reads only it — so it lives in
 * the schema, the one module both already depend on: graph/ never imports nlp/ (nor nlp/ graph/).
 */
import type { Span } from './evidence.js';
import type { Predicate } from './predicates.js';
import type { Certainty, EntityType, Language } from './types.js';

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

/** A relation found in one article, between two in-article entities (their ids). */
export interface ExtractedRelation {
  readonly subject: number;
  readonly object: number;
  readonly predicate: Predicate;
  readonly certainty: Certainty;
  readonly confidence: number;
  readonly sentenceIndex: number;
  /** The rule that found it ("verb", "title", "cue" …). */
  readonly rule: string;
  /** Absolute offsets of the trigger word(s) in the sentence, when the construction has any. */
  readonly trigger?: Span | undefined;
  /** Absolute offsets of the arguments. */
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

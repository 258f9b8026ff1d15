/**
 * Shared types of the NLP stages. Offsets are absolute offsets into the article text. What leaves the
 * layer extends the schema's extraction contract (`schema/extraction.ts`), which graph assembly reads.
 */
import type { Article } from '../ingest/index.js';
import type {
  EntityType,
  ExtractedDate,
  ExtractedEntity,
  ExtractedQuantity,
  ExtractedSentence,
  Extraction,
  Language,
  TextSpan,
} from '../schema/index.js';
import type { ArticleRelation } from './relations/types.js';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the token within its sentence. */
  readonly i: number;
}

export interface Sentence extends ExtractedSentence {
  readonly tokens: readonly Token[];
  /** The tokens' text in lower case, computed once per sentence for every stage that matches words. */
  readonly lower: readonly string[];
}

/** How a mention refers: by proper name, by acronym, by a role nominal, or by a demonym. */
export type MentionForm = 'name' | 'acronym' | 'nominal' | 'demonym';

/** A mention of an entity: a token span of one sentence. */
export interface EntityMention extends TextSpan {
  /** Token span [tokenStart, tokenEnd) in the sentence. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly form: MentionForm;
  type: EntityType;
  /** Where the type came from ("gazetteer", "context:ciudad", "model", "default"...). */
  typeSource: string;
  /** How sure the typing is, 0..1. */
  typeConfidence: number;
  /** For demonyms and nominals: the canonical name they point to, when known (e.g. "Rusia"). */
  target?: string;
}

/** An in-article entity: a cluster of mentions. Coreference settles its name and type as it goes. */
export interface ArticleEntity extends ExtractedEntity {
  name: string;
  type: EntityType;
  typeSource: string;
  mentions: EntityMention[];
  /** Demonym mentions that evoke this entity (counted apart from name mentions). */
  demonymMentions: EntityMention[];
  /** Roles held, learnt from titles and appositions (e.g. {lemma: "ministro", qualifier: "Rusia"}). */
  roles: RoleFact[];
}

export interface RoleFact {
  /** Canonical role lemma, e.g. "presidente", "ministro de exteriores", "líder". */
  readonly lemma: string;
  /** Words that identify the role group for role nominals ("canciller" ≈ "ministro de exteriores"). */
  readonly group: string;
  readonly sentenceIndex: number;
  /** Entity id the role attaches to (a country, organisation), when stated. */
  readonly of?: number;
}

export type TextDate = ExtractedDate;
export type TextQuantity = ExtractedQuantity;

export interface LanguageContext {
  readonly language: Language;
}

/** Everything extracted from one article, before it joins the graph. */
export interface ArticleExtraction extends Extraction {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly ArticleEntity[];
  readonly relations: readonly ArticleRelation[];
}

import type { ExtractedRelation } from '../../schema/index.js';

/** A relation found in one article, between two in-article entities: the extraction contract's. */
export type ArticleRelation = ExtractedRelation;

import { z } from 'zod';
import { EntityTypeSchema, RelationCategorySchema } from '../../schema/index.js';

/**
 * An entity evoked only by an adjective or demonym ("el exministro francés"): listed apart in the
 * news-train gold (see its README). Relations that end in one are not scored; a prediction that
 * matches one is not spurious.
 */
export const ImplicitEntitySchema = z.object({
  name: z.string(),
  type: EntityTypeSchema,
  demonyms: z.array(z.string()).default([]),
  note: z.string().optional(),
});
export type ImplicitEntity = z.infer<typeof ImplicitEntitySchema>;

/** The hand-made gold files in shared/data/news/gold and news-train/gold (see their READMEs). */
export const GoldFileSchema = z.object({
  article: z.string(),
  implicit_entities: z.array(ImplicitEntitySchema).optional(),
  entities: z.array(
    z.object({
      name: z.string(),
      type: EntityTypeSchema,
      aliases: z.array(z.string()).default([]),
      demonyms: z.array(z.string()).optional(),
      mentions: z.number().optional(),
    }),
  ),
  relations: z.array(
    z.object({
      subject: z.string(),
      predicate: z.string(),
      object: z.string(),
      category: RelationCategorySchema,
      certainty: z.string().optional(),
      evidence: z.string().optional(),
    }),
  ),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  article: string;
  entities: Counts & Prf;
  relations: Counts & Prf;
  /** Gold items we missed and predictions that matched nothing, for error analysis. */
  missedEntities: string[];
  spuriousEntities: string[];
  missedRelations: string[];
  spuriousRelations: string[];
  /** Each missed or spurious entity with its error class (type, boundary, split, merge…). */
  entityErrors: EntityError[];
  /** Relation counts per category in this article. */
  categories: Record<string, Counts>;
}

export interface GoldReport {
  articles: ArticleScore[];
  overall: { entities: Counts & Prf; relations: Counts & Prf };
  /** Relation counts per category (micro over all articles). */
  categories: Record<string, Counts & Prf>;
}

/** How a predicted or gold entity went wrong (eval/gold/classify.ts decides). */
export type EntityErrorKind =
  | 'type'
  | 'split'
  | 'boundary'
  | 'spurious'
  | 'missed-type'
  | 'merged'
  | 'missed-boundary'
  | 'missed';

export interface EntityError {
  readonly kind: EntityErrorKind;
  /** "name (Type)" of the prediction (spurious side) or gold entity (missed side). */
  readonly item: string;
  /** The entities on the other side it was compared with, "name (Type)". */
  readonly related: readonly string[];
}

/**
 * The trama graph file: graphology's serialisation inside a versioned envelope.
 *
 *   { format: "trama-graph", version: 2, meta: {...}, graph: { attributes, options, nodes, edges } }
 *
 * Node and edge attributes are data; rendering attributes (x, y, size, color) are optional extras
 * that tools may add and that trama never relies on.
 */
import { z } from 'zod';
import { EvidenceSchema, MentionSchema } from './evidence.js';
import { PredicateSchema } from './predicates.js';
import {
  CertaintySchema,
  EntityTypeSchema,
  LanguageSchema,
  RelationCategorySchema,
} from './types.js';

export const GRAPH_FORMAT = 'trama-graph' as const;
/** 2: evidence triggers are spans with a rule name (version-1 files are migrated on read: schema/migrate.ts). */
export const GRAPH_VERSION = 2 as const;

/** Optional rendering extras. */
export const RenderAttributesSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  size: z.number().optional(),
  color: z.string().optional(),
});

export const EntityNodeSchema = RenderAttributesSchema.extend({
  kind: z.literal('entity'),
  type: EntityTypeSchema,
  /** Fullest name used in the text. */
  name: z.string().min(1),
  /** Every other surface form used for this entity (short names, acronyms, role nominals). */
  aliases: z.array(z.string()),
  /** Demonyms/adjectives that evoke the entity ("ruso" for Rusia); never aliases of people. */
  demonyms: z.array(z.string()),
  mentions: z.array(MentionSchema),
  mentionCount: z.number().int().nonnegative(),
  /** Article ids this entity is mentioned in. */
  articles: z.array(z.string()),
  /** Whence the type came: "model", "gazetteer", "context", "demonym", ... (diagnostic). */
  typeSource: z.string().optional(),
});
export type EntityNode = z.infer<typeof EntityNodeSchema>;

export const ArticleNodeSchema = RenderAttributesSchema.extend({
  kind: z.literal('article'),
  type: z.literal('Article'),
  /** Content hash of the normalised text (first 16 hex digits of SHA-256). */
  articleId: z.string().min(1),
  name: z.string(),
  title: z.string(),
  /** Where it came from: a file path relative to the input root, a URL, or "stdin". */
  source: z.string(),
  language: LanguageSchema,
  charCount: z.number().int().nonnegative(),
  sentenceCount: z.number().int().nonnegative(),
  publishedAt: z.string().optional(),
});
export type ArticleNode = z.infer<typeof ArticleNodeSchema>;

export const DateNodeSchema = RenderAttributesSchema.extend({
  kind: z.literal('date'),
  type: z.literal('Date'),
  name: z.string(),
  /** YYYY, YYYY-MM or YYYY-MM-DD when the text fixes it; null for relative expressions. */
  iso: z.string().nullable(),
  mentions: z.array(MentionSchema),
  articles: z.array(z.string()),
});
export type DateNode = z.infer<typeof DateNodeSchema>;

export const QuantityNodeSchema = RenderAttributesSchema.extend({
  kind: z.literal('quantity'),
  type: z.literal('Quantity'),
  name: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  mentions: z.array(MentionSchema),
  articles: z.array(z.string()),
});
export type QuantityNode = z.infer<typeof QuantityNodeSchema>;

export const NodeAttributesSchema = z.discriminatedUnion('kind', [
  EntityNodeSchema,
  ArticleNodeSchema,
  DateNodeSchema,
  QuantityNodeSchema,
]);
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;
export type NodeKind = NodeAttributes['kind'];

export const EdgeRenderSchema = z.object({
  size: z.number().optional(),
  color: z.string().optional(),
});

/** A typed, directed relation between two entities, with every piece of evidence for it. */
export const RelationEdgeSchema = EdgeRenderSchema.extend({
  kind: z.literal('relation'),
  predicate: PredicateSchema,
  category: RelationCategorySchema,
  certainty: CertaintySchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema).min(1),
  articles: z.array(z.string()).min(1),
  /** ISO dates stated in the evidence sentences ("en 2024"). */
  dates: z.array(z.string()),
});
export type RelationEdge = z.infer<typeof RelationEdgeSchema>;

/** Node → Article: the node is mentioned in that article `count` times. */
export const MentionedInEdgeSchema = EdgeRenderSchema.extend({
  kind: z.literal('mentioned_in'),
  predicate: z.literal('MENTIONED_IN'),
  count: z.number().int().positive(),
});
export type MentionedInEdge = z.infer<typeof MentionedInEdgeSchema>;

/** Plain co-occurrence in a sentence: its own category so it never passes as a relation. */
export const CooccurrenceEdgeSchema = EdgeRenderSchema.extend({
  kind: z.literal('cooccurrence'),
  predicate: z.literal('CO_OCCURS_WITH'),
  category: z.literal('cooccurrence'),
  count: z.number().int().positive(),
  articles: z.array(z.string()),
});
export type CooccurrenceEdge = z.infer<typeof CooccurrenceEdgeSchema>;

export const EdgeAttributesSchema = z.discriminatedUnion('kind', [
  RelationEdgeSchema,
  MentionedInEdgeSchema,
  CooccurrenceEdgeSchema,
]);
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;
export type EdgeKind = EdgeAttributes['kind'];

export const SerializedNodeSchema = z.object({
  key: z.string().min(1),
  attributes: NodeAttributesSchema,
});
export const SerializedEdgeSchema = z.object({
  key: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  attributes: EdgeAttributesSchema,
});

export const GraphOptionsSchema = z.object({
  type: z.enum(['directed', 'undirected', 'mixed']),
  multi: z.boolean(),
  allowSelfLoops: z.boolean(),
});

export const SerializedGraphSchema = z.object({
  attributes: z.record(z.string(), z.unknown()),
  options: GraphOptionsSchema,
  nodes: z.array(SerializedNodeSchema),
  edges: z.array(SerializedEdgeSchema),
});
export type SerializedGraph = z.infer<typeof SerializedGraphSchema>;
export type SerializedNode = z.infer<typeof SerializedNodeSchema>;
export type SerializedEdge = z.infer<typeof SerializedEdgeSchema>;

export const GraphMetaSchema = z.object({
  /** "trama <version>" */
  generator: z.string(),
  /** Where the graph was read from: "ingest", "neo4j", "filter" ... */
  origin: z.string(),
  articleCount: z.number().int().nonnegative(),
  entityCount: z.number().int().nonnegative(),
  relationCount: z.number().int().nonnegative(),
});
export type GraphMeta = z.infer<typeof GraphMetaSchema>;

export const GraphEnvelopeSchema = z.object({
  format: z.literal(GRAPH_FORMAT),
  version: z.literal(GRAPH_VERSION),
  meta: GraphMetaSchema,
  graph: SerializedGraphSchema,
});
export type GraphEnvelope = z.infer<typeof GraphEnvelopeSchema>;

export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

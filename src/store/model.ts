/**
 * The Neo4j data model of a trama graph (see docs/neo4j.md):
 *
 *   (:Entity:<Type> {key, name, type, aliases, demonyms, mentionCount, ...})   one per entity, unique key
 *   (:Date {key, name, iso}) (:Quantity {key, name, value, unit})              value nodes, unique key
 *   (:Article {id, key, title, source, language, ingestedAt, ...})              one per article, unique id (content hash)
 *   (n)-[:MENTIONED_IN {count, sentenceIndexes, starts, ends, texts}]->(:Article)
 *   (s)-[:<PREDICATE> {id, key, category, certainty, confidence, articles, evidence, evidence* ...}]->(o)
 *   (s)-[:CO_OCCURS_WITH {id, key, count, articles}]->(o)
 *
 * Labels and relationship types are the only things interpolated into Cypher text, and they come from
 * closed registries checked here; every value travels as a query parameter.
 */
import {
  COOCCURRENCE_PREDICATE,
  ENTITY_TYPES,
  InvariantError,
  MENTIONED_IN_PREDICATE,
  isPredicate,
  type EntityType,
  type NodeKind,
} from '../schema/index.js';

/** Label used to look a node up by key, per node kind (each has a unique-key constraint). */
export const KEY_LABEL = {
  entity: 'Entity',
  date: 'Date',
  quantity: 'Quantity',
  article: 'Article',
} as const satisfies Record<NodeKind, string>;
export type KeyLabel = (typeof KEY_LABEL)[keyof typeof KEY_LABEL];
export type GraphNodeKind = Exclude<NodeKind, 'article'>;
export const KEY_LABELS: readonly KeyLabel[] = ['Entity', 'Date', 'Quantity'];

export const ARTICLE_LABEL = 'Article' as const;
export const LOCK_LABEL = 'TramaLock' as const;
export const MENTIONED_IN = MENTIONED_IN_PREDICATE;
export const CO_OCCURS_WITH = COOCCURRENCE_PREDICATE;

const LABEL_PATTERN = /^[A-Z][A-Za-z]*$/;
const TYPE_PATTERN = /^[A-Z][A-Z_]*$/;

/** The type label of an entity; only ENTITY_TYPES pass. */
export function entityLabel(type: string): EntityType {
  if (!(ENTITY_TYPES as readonly string[]).includes(type) || !LABEL_PATTERN.test(type)) {
    throw new InvariantError(`entityLabel: ${JSON.stringify(type)} is not an entity type`);
  }
  return type as EntityType;
}

export function keyLabel(label: string): KeyLabel {
  if (!(KEY_LABELS as readonly string[]).includes(label))
    throw new InvariantError(`keyLabel: ${JSON.stringify(label)} is not a node key label`);
  return label as KeyLabel;
}

/** A relationship type written by trama: a schema predicate or CO_OCCURS_WITH. Anything else is refused. */
export function relationshipType(type: string): string {
  if ((isPredicate(type) || type === CO_OCCURS_WITH) && TYPE_PATTERN.test(type)) return type;
  throw new InvariantError(
    `relationshipType: ${JSON.stringify(type)} is not a predicate of the schema`,
  );
}

/** Identity of a relationship: one per (subject, predicate, object). */
export function relationId(sourceKey: string, type: string, targetKey: string): string {
  return JSON.stringify([sourceKey, type, targetKey]);
}

/**
 * What an Article node remembers of each relationship it contributed to (its `contributedRelations`
 * list), so that a later version of the article can take its evidence back out.
 */
export interface ContributedRelation {
  type: string;
  sourceLabel: KeyLabel;
  source: string;
  targetLabel: KeyLabel;
  target: string;
}

export function encodeContributed(c: ContributedRelation): string {
  return JSON.stringify([c.type, c.sourceLabel, c.source, c.targetLabel, c.target]);
}

export function decodeContributed(text: string): ContributedRelation {
  const value = JSON.parse(text) as unknown;
  if (!Array.isArray(value) || value.length !== 5 || !value.every((v) => typeof v === 'string')) {
    throw new InvariantError(
      `decodeContributed: not a contributed-relation entry: ${JSON.stringify(text)}`,
    );
  }
  const [type, sourceLabel, source, targetLabel, target] = value as string[];
  return {
    type: relationshipType(type!),
    sourceLabel: keyLabel(sourceLabel!),
    source: source!,
    targetLabel: keyLabel(targetLabel!),
    target: target!,
  };
}

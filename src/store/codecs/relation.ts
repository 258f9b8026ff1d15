/**
 * Relations: `(s)-[:<PREDICATE> {id, key, category, certainty, confidence, dates, articles,
 * evidence…}]->(o)`, one relationship per (subject, predicate, object); the evidence lists are
 * `evidence.ts`'s. `id` is `relationId(subject, predicate, object)`.
 */
import {
  CertaintySchema,
  PredicateSchema,
  RelationCategorySchema,
  type RelationEdge,
} from '../../schema/index.js';
import { EVIDENCE_PROPERTIES, decodeEvidence } from './evidence.js';
import { decodeWith, list, strs, type Props, type PropertySpec } from './props.js';

export const RELATION_PROPERTIES: readonly PropertySpec[] = [
  { name: 'id', type: 'string' },
  { name: 'key', type: 'string' },
  { name: 'category', type: 'string' },
  { name: 'certainty', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'dates', type: 'string[]' },
  { name: 'articles', type: 'string[]' },
  ...EVIDENCE_PROPERTIES,
];

/** The properties the writer sets from the edge (`SET r += props`); evidence and articles come apart. */
export function encodeRelation(a: RelationEdge): Props {
  return {
    category: a.category,
    certainty: a.certainty,
    confidence: a.confidence,
    dates: list(a.dates),
  };
}

export function decodeRelation(type: string, p: Props, where: string): RelationEdge {
  return {
    kind: 'relation',
    predicate: decodeWith(PredicateSchema, type, where, 'type'),
    category: decodeWith(RelationCategorySchema, p.category, where, 'category'),
    certainty: decodeWith(CertaintySchema, p.certainty, where, 'certainty'),
    confidence: Number(p.confidence),
    evidence: decodeEvidence(p),
    articles: strs(p.articles),
    dates: strs(p.dates),
  };
}

/** Co-occurrences: `(s)-[:CO_OCCURS_WITH {id, key, count, articles}]->(o)`; never passes for a relation. */
import type { Integer } from 'neo4j-driver';
import type { CooccurrenceEdge } from '../../schema/index.js';
import type { KeyLabel } from '../model.js';
import { int, strs, type Props, type PropertySpec } from './props.js';

export interface CooccurrenceRow {
  id: string;
  key: string;
  source: string;
  target: string;
  sourceLabel: KeyLabel;
  targetLabel: KeyLabel;
  count: Integer;
  articles: string[];
}

export const COOCCURRENCE_PROPERTIES: readonly PropertySpec[] = [
  { name: 'id', type: 'string' },
  { name: 'key', type: 'string' },
  { name: 'count', type: 'long' },
  { name: 'articles', type: 'string[]' },
];

export function encodeCooccurrence(
  edge: { id: string; key: string; source: string; target: string },
  labels: { sourceLabel: KeyLabel; targetLabel: KeyLabel },
  a: CooccurrenceEdge,
): CooccurrenceRow {
  return {
    ...edge,
    ...labels,
    count: int(a.count),
    articles: [...a.articles].sort(),
  };
}

/** What the writer's `mergeCooccurrencesQuery` leaves on the relationship. */
export function cooccurrenceProps(row: CooccurrenceRow): Props {
  return { id: row.id, key: row.key, count: row.count, articles: row.articles };
}

export function decodeCooccurrence(p: Props): CooccurrenceEdge {
  return {
    kind: 'cooccurrence',
    predicate: 'CO_OCCURS_WITH',
    category: 'cooccurrence',
    count: Number(p.count),
    articles: strs(p.articles),
  };
}

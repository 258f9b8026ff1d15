/** The counts of a graph assembled on disk: the file's head and the ingest summary. */
import type { EdgeAttributes, GraphCounts, NodeAttributes } from '../../schema/index.js';

/** What the graph holds, counted as it is assembled (for the file's head and the ingest summary). */
export interface SpillTally {
  readonly counts: GraphCounts;
  /** Nodes and edges of every kind. */
  readonly nodes: number;
  readonly edges: number;
  /** Entities by type. */
  readonly entityTypes: Record<string, number>;
  readonly dates: number;
  readonly quantities: number;
  /** Relations by category. */
  readonly relationCategories: Record<string, number>;
}

export function tallyNode(t: Mutable<SpillTally>, a: NodeAttributes): void {
  t.nodes++;
  if (a.kind === 'article') t.counts.articleCount++;
  else if (a.kind === 'entity') {
    t.counts.entityCount++;
    t.entityTypes[a.type] = (t.entityTypes[a.type] ?? 0) + 1;
  } else if (a.kind === 'date') t.dates++;
  else if (a.kind === 'quantity') t.quantities++;
}

export function tallyEdge(t: Mutable<SpillTally>, a: EdgeAttributes): void {
  t.edges++;
  if (a.kind !== 'relation') return;
  t.counts.relationCount++;
  t.relationCategories[a.category] = (t.relationCategories[a.category] ?? 0) + 1;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

export function emptyTally(): Mutable<SpillTally> {
  return {
    counts: { articleCount: 0, entityCount: 0, relationCount: 0 },
    nodes: 0,
    edges: 0,
    entityTypes: {},
    dates: 0,
    quantities: 0,
    relationCategories: {},
  };
}

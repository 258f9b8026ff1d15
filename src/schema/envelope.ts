/**
 * The one place a graph envelope is put together: every writer (the CLI's `toEnvelope` and its
 * streaming writer, the Neo4j reader, merges, synthetic graphs, the viewer's saves, test fixtures)
 * builds its `{ format, version, meta, graph }` here, so the fields, their order and the counts in
 * `meta` cannot drift apart between writers.
 */
import {
  GRAPH_FORMAT,
  GRAPH_OPTIONS,
  GRAPH_VERSION,
  type GraphEnvelope,
  type GraphMeta,
  type SerializedEdge,
  type SerializedGraph,
  type SerializedNode,
} from './graph-file.js';

/** The counts `meta` carries. */
export type GraphCounts = Pick<GraphMeta, 'articleCount' | 'entityCount' | 'relationCount'>;

/** Counts of article and entity nodes and of relation edges, from their attributes' `kind`. */
export function countGraph(
  nodes: Iterable<{ readonly kind: string }>,
  edges: Iterable<{ readonly kind: string }>,
): GraphCounts {
  let articleCount = 0;
  let entityCount = 0;
  let relationCount = 0;
  for (const n of nodes) {
    if (n.kind === 'article') articleCount++;
    else if (n.kind === 'entity') entityCount++;
  }
  for (const e of edges) if (e.kind === 'relation') relationCount++;
  return { articleCount, entityCount, relationCount };
}

export interface EnvelopeParts {
  /** "trama <version>" for files trama writes; the source file's generator when a file is rewritten. */
  readonly generator: string;
  /** Where the graph comes from: "ingest" paths, "neo4j", "viewer-filter" … */
  readonly origin: string;
  readonly nodes: SerializedNode[];
  readonly edges: SerializedEdge[];
  /** Counts to write instead of the ones counted from `nodes` and `edges`. */
  readonly counts?: Partial<GraphCounts>;
  /** Graph-level attributes; none by default. */
  readonly attributes?: SerializedGraph['attributes'];
  /** graphology options; trama's (directed, multi, no self-loops) by default. */
  readonly options?: SerializedGraph['options'];
}

/** The envelope of a graph: fields in the order every trama file has them. */
export function makeEnvelope(parts: EnvelopeParts): GraphEnvelope {
  const counts: GraphCounts = {
    ...countGraph(
      parts.nodes.map((n) => n.attributes),
      parts.edges.map((e) => e.attributes),
    ),
    ...parts.counts,
  };
  return {
    format: GRAPH_FORMAT,
    version: GRAPH_VERSION,
    meta: {
      generator: parts.generator,
      origin: parts.origin,
      articleCount: counts.articleCount,
      entityCount: counts.entityCount,
      relationCount: counts.relationCount,
    },
    graph: {
      attributes: parts.attributes ?? {},
      options: parts.options ?? { ...GRAPH_OPTIONS },
      nodes: parts.nodes,
      edges: parts.edges,
    },
  };
}

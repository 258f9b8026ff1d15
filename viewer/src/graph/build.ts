/** Builds the graphology graph from a validated envelope. Data attributes are kept as they are. */
import {
  DirectedGraph,
  MultiDirectedGraph,
  MultiGraph,
  MultiUndirectedGraph,
  UndirectedGraph,
} from 'graphology';
import type { EdgeAttributes, GraphEnvelope, NodeAttributes } from '../schema.js';
import type { TramaGraph } from './types.js';

type GraphOptions = GraphEnvelope['graph']['options'];

/** graphology class per (type, multi). A simple mixed graph is held as a multi one (a superset). */
const GRAPH_CLASSES = {
  directed: { true: MultiDirectedGraph, false: DirectedGraph },
  undirected: { true: MultiUndirectedGraph, false: UndirectedGraph },
  mixed: { true: MultiGraph, false: MultiGraph },
} as const;

export function emptyGraph(options: GraphOptions): TramaGraph {
  const GraphClass = GRAPH_CLASSES[options.type][options.multi ? 'true' : 'false'];
  return new GraphClass<NodeAttributes, EdgeAttributes>({ allowSelfLoops: options.allowSelfLoops });
}

export function buildGraph(envelope: GraphEnvelope): TramaGraph {
  const graph = emptyGraph(envelope.graph.options);
  graph.import(envelope.graph);
  return graph;
}

/** True when every node carries a saved position. */
export function hasSavedPositions(graph: TramaGraph): boolean {
  if (graph.order === 0) return false;
  return graph.everyNode((_key, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

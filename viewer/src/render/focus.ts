/** What the view emphasises: the hovered or selected node's neighbourhood, or a set of query hits. */
import { edgeVisible, type Visibility } from '../filters/visibility.js';
import type { TramaGraph } from '../graph/types.js';

export interface Focus {
  /** Nodes drawn in full colour; everything else is faded. */
  nodes: ReadonlySet<string>;
  /** Edges drawn in full colour and labelled. */
  edges: ReadonlySet<string>;
  /** The node or edge at the centre (highlighted, label forced). */
  centre: string | null;
}

export function nodeNeighbourhood(graph: TramaGraph, node: string, visibility: Visibility): Focus {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (!edgeVisible(visibility, a, source, target)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges, centre: node };
}

export function edgeFocus(graph: TramaGraph, edge: string): Focus {
  return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]), centre: edge };
}

export function nodeSetFocus(
  graph: TramaGraph,
  keys: ReadonlySet<string>,
  visibility: Visibility,
): Focus {
  const edges = new Set<string>();
  for (const key of keys) {
    graph.forEachEdge(key, (edge, a, source, target) => {
      if (keys.has(source) && keys.has(target) && edgeVisible(visibility, a, source, target))
        edges.add(edge);
    });
  }
  return { nodes: keys, edges, centre: null };
}

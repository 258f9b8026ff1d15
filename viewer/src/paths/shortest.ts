/**
 * Shortest path between two nodes over what the view shows (visible nodes, visible edges, either
 * direction), with graphology-shortest-path; each hop lists every visible edge between its two nodes.
 */
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path';
import { forEachVisibleEdge, type Visibility } from '../filters/visibility.js';
import type { TramaGraph } from '../graph/types.js';

export interface PathHop {
  from: string;
  to: string;
  /** Visible edges between the two (either direction), relations first. */
  edges: string[];
}

export interface FoundPath {
  nodes: string[];
  hops: PathHop[];
}

export function shortestPath(
  graph: TramaGraph,
  visibility: Visibility,
  from: string,
  to: string,
): FoundPath | null {
  if (!visibility.nodes.has(from) || !visibility.nodes.has(to)) return null;
  const view = new UndirectedGraph();
  for (const key of visibility.nodes) view.addNode(key);
  forEachVisibleEdge(graph, visibility, (_key, _a, source, target) => {
    if (source !== target) view.mergeEdge(source, target);
  });
  const nodes = bidirectional(view, from, to);
  if (!nodes) return null;
  const hops: PathHop[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const [a, b] = [nodes[i - 1]!, nodes[i]!];
    const edges = [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])].filter((edge) => {
      const attributes = graph.getEdgeAttributes(edge);
      return visibility.edgePasses(attributes);
    });
    edges.sort(
      (x, y) =>
        Number(graph.getEdgeAttribute(y, 'kind') === 'relation') -
        Number(graph.getEdgeAttribute(x, 'kind') === 'relation'),
    );
    hops.push({ from: a, to: b, edges });
  }
  return { nodes, hops };
}

/** "This node and N hops", plus the neighbours of expanded nodes, over the edges the filters show. */
import { edgeVisible, type Visibility } from '../filters/visibility.js';
import type { TramaGraph } from '../graph/types.js';
import type { Neighbourhood } from '../state/analysis-state.js';

function neighbours(graph: TramaGraph, visibility: Visibility, node: string): string[] {
  const out: string[] = [];
  graph.forEachEdge(node, (_edge, a, source, target) => {
    if (edgeVisible(visibility, a, source, target)) out.push(source === node ? target : source);
  });
  return out;
}

/** Nodes within `depth` visible hops of the centre, plus the visible neighbours of expanded nodes. */
export function neighbourhoodNodes(
  graph: TramaGraph,
  visibility: Visibility,
  n: Neighbourhood,
): Set<string> {
  const shown = new Set<string>();
  if (!graph.hasNode(n.node) || !visibility.nodes.has(n.node)) return shown;
  shown.add(n.node);
  let frontier = [n.node];
  for (let hop = 0; hop < n.depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const node of frontier)
      for (const other of neighbours(graph, visibility, node))
        if (!shown.has(other)) {
          shown.add(other);
          next.push(other);
        }
    frontier = next;
  }
  for (const node of n.expanded)
    if (graph.hasNode(node) && shown.has(node))
      for (const other of neighbours(graph, visibility, node)) shown.add(other);
  return shown;
}

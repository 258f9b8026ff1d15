/**
 * Curvatures for parallel edges: the relations between one pair of nodes (either direction) are
 * spread symmetrically around the straight line, so each one is its own curve, with its own label,
 * and picking (sigma's) opens the one under the pointer. Pure: reads the graph, returns a map.
 */
import type { TramaGraph } from '../graph/types.js';

/** Curvature between neighbouring curves of one pair (sigma's edge-curve units: share of length). */
export const CURVATURE_STEP = 0.22;

/**
 * Curvature per edge that shares its pair with others; edges alone on their pair are absent (drawn
 * straight). The sign is set for the edge's own direction: @sigma/edge-curve bends to the left of
 * source → target, so an edge drawn the other way round gets the opposite sign to land on its slot.
 */
export function parallelCurvatures(graph: TramaGraph): Map<string, number> {
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(pair);
    if (list) list.push(edge);
    else byPair.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of byPair.values()) {
    if (edges.length < 2) continue;
    // Even counts leave the straight line free; odd ones keep a straight middle edge.
    const middle = (edges.length - 1) / 2;
    edges.forEach((edge, i) => {
      const [source, target] = graph.extremities(edge);
      const slot = (i - middle) * CURVATURE_STEP;
      const signed = source < target ? slot : -slot;
      if (slot !== 0) curvatures.set(edge, signed);
    });
  }
  return curvatures;
}

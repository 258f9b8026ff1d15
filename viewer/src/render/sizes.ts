/** Node sizes from a data measure (mentions or degree), scaled by square root into a pixel range. */
import { mentionsOf, type GraphStats } from '../graph/stats.js';
import type { TramaGraph } from '../graph/types.js';
import type { SizeBy } from '../state/view-state.js';

/** Measures a node can be sized by: a registry, so adding one is one entry. */
export const SIZE_MEASURES: Readonly<
  Record<SizeBy, { label: string; of(graph: TramaGraph, stats: GraphStats, key: string): number }>
> = {
  mentions: {
    label: 'mentions',
    of: (graph, _stats, key) => mentionsOf(graph.getNodeAttributes(key)),
  },
  degree: { label: 'degree (relations)', of: (_graph, stats, key) => stats.degree.get(key) ?? 0 },
};

export function sizeRange(order: number): { min: number; max: number } {
  if (order > 20_000) return { min: 1.5, max: 10 };
  if (order > 2_000) return { min: 2.5, max: 14 };
  return { min: 4, max: 20 };
}

/**
 * Sizes per node, scaled within each node kind (entities among entities, articles among articles):
 * an article's many "mentioned in" edges must not shrink every entity.
 */
export function computeSizes(
  graph: TramaGraph,
  stats: GraphStats,
  sizeBy: SizeBy,
): Map<string, number> {
  const measure = SIZE_MEASURES[sizeBy];
  const { min, max } = sizeRange(graph.order);
  const values = new Map<string, number>();
  const top = new Map<string, number>();
  const bottom = new Map<string, number>();
  graph.forEachNode((key, a) => {
    const value = measure.of(graph, stats, key);
    values.set(key, value);
    top.set(a.kind, Math.max(top.get(a.kind) ?? 0, value));
    bottom.set(a.kind, Math.min(bottom.get(a.kind) ?? Infinity, value));
  });
  const sizes = new Map<string, number>();
  graph.forEachNode((key, a) => {
    const value = values.get(key)!;
    const hi = top.get(a.kind)!;
    // Area grows with the measure; when every node of the kind has the same value they all get the smallest size.
    const uniform = hi <= 0 || hi === bottom.get(a.kind);
    sizes.set(key, uniform ? min : min + (max - min) * Math.sqrt(value / hi));
  });
  return sizes;
}

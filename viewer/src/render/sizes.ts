/** Node sizes from a data measure (mentions or degree), scaled by square root into a pixel range. */
import { mentionsOf, type GraphStats } from '../graph/stats.js';
import type { TramaGraph } from '../graph/types.js';
import type { SizeBy } from '../state/view-state.js';

/** Measures a node can be sized by: a registry, so adding one is one entry. */
export const SIZE_MEASURES: Readonly<Record<SizeBy, { label: string; of(graph: TramaGraph, stats: GraphStats, key: string): number }>> = {
  mentions: { label: 'mentions', of: (graph, _stats, key) => mentionsOf(graph.getNodeAttributes(key)) },
  degree: { label: 'degree (relations)', of: (_graph, stats, key) => stats.degree.get(key) ?? 0 },
};

export function sizeRange(order: number): { min: number; max: number } {
  if (order > 20_000) return { min: 1.5, max: 10 };
  if (order > 2_000) return { min: 2.5, max: 14 };
  return { min: 4, max: 20 };
}

export function computeSizes(graph: TramaGraph, stats: GraphStats, sizeBy: SizeBy): Map<string, number> {
  const measure = SIZE_MEASURES[sizeBy];
  const { min, max } = sizeRange(graph.order);
  const values = new Map<string, number>();
  let top = 0;
  graph.forEachNode((key) => {
    const value = measure.of(graph, stats, key);
    values.set(key, value);
    if (value > top) top = value;
  });
  const sizes = new Map<string, number>();
  for (const [key, value] of values) {
    sizes.set(key, top > 0 ? min + (max - min) * Math.sqrt(value / top) : min);
  }
  return sizes;
}

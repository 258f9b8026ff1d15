/** Metric values → node sizes and community colours for the reducers. */
import type { TramaGraph } from '../graph/types.js';
import { sizeRange } from '../render/sizes.js';
import type { ColorBy, MetricSize } from '../state/analysis-state.js';
import type { Metrics } from './client.js';

/** Okabe–Ito plus darker tones: distinguishable under the common colour-vision deficiencies. */
export const COMMUNITY_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#8a7a00',
  '#4d4d4d',
  '#6a3d9a',
  '#b15928',
] as const;
const OTHER_COMMUNITY = '#b8b8b8';

/** Sizes by a metric (square-root scaled like the other measures); non-entities keep `fallback`. */
export function metricSizes(
  graph: TramaGraph,
  metrics: Metrics,
  by: MetricSize,
  fallback: ReadonlyMap<string, number>,
): Map<string, number> | null {
  const values = by === 'pagerank' ? metrics.pagerank : metrics.betweenness;
  if (!values) return null;
  const { min, max } = sizeRange(graph.order);
  let top = 0;
  for (const v of values.values()) top = Math.max(top, v);
  const sizes = new Map(fallback);
  for (const [key, v] of values)
    sizes.set(key, top > 0 ? min + (max - min) * Math.sqrt(v / top) : min);
  return sizes;
}

/** Colours by community: the ten largest get a colour each, the rest share a grey. */
export function communityColours(metrics: Metrics, by: ColorBy): Map<string, string> | null {
  if (by !== 'community') return null;
  const sizes = new Map<number, number>();
  for (const c of metrics.community.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const colourOf = new Map(ranked.map((c, i) => [c, COMMUNITY_COLOURS[i] ?? OTHER_COMMUNITY]));
  return new Map([...metrics.community].map(([key, c]) => [key, colourOf.get(c)!]));
}

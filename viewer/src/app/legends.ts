/** Legend items from the data's counts and the current visibility. */
import { forEachVisibleEdge, type Visibility } from '../filters/visibility.js';
import { edgeCategoryKey, type GraphStats } from '../graph/stats.js';
import type { TramaGraph } from '../graph/types.js';
import type { LegendItem } from '../legend/legend.js';
import { VALUE_NODE_TYPES } from '../schema.js';
import {
  edgeCategoryLabel,
  edgeColor,
  EDGE_CATEGORY_COLORS,
  nodeColor,
  nodeMark,
  NODE_TYPE_COLORS,
} from '../render/palette.js';

export function nodeTypeItems(
  graph: TramaGraph,
  stats: GraphStats,
  visibility: Visibility,
  showValueNodes: boolean,
): LegendItem[] {
  const shown = new Map<string, number>();
  for (const key of visibility.nodes) {
    const type = graph.getNodeAttribute(key, 'type');
    shown.set(type, (shown.get(type) ?? 0) + 1);
  }
  return Object.keys(NODE_TYPE_COLORS)
    .filter((type) => stats.typeCounts.has(type as never))
    .filter((type) => showValueNodes || !(VALUE_NODE_TYPES as readonly string[]).includes(type))
    .map((type) => ({
      key: type,
      label: type,
      color: nodeColor(type),
      mark: nodeMark(type).letter,
      count: stats.typeCounts.get(type as never) ?? 0,
      shown: shown.get(type) ?? 0,
    }));
}

/** Visible edges per legend category. */
export function visibleEdgeCounts(graph: TramaGraph, visibility: Visibility): Map<string, number> {
  const shown = new Map<string, number>();
  forEachVisibleEdge(graph, visibility, (_key, a) => {
    const category = edgeCategoryKey(a);
    shown.set(category, (shown.get(category) ?? 0) + 1);
  });
  return shown;
}

export function edgeCategoryItems(
  stats: GraphStats,
  shown: ReadonlyMap<string, number>,
  showValueNodes: boolean,
): LegendItem[] {
  return Object.keys(EDGE_CATEGORY_COLORS)
    .filter((category) => stats.categoryCounts.has(category))
    .filter((category) => showValueNodes || category !== 'mentioned_in')
    .map((category) => ({
      key: category,
      label: edgeCategoryLabel(category),
      color: edgeColor(category),
      count: stats.categoryCounts.get(category) ?? 0,
      shown: shown.get(category) ?? 0,
    }));
}

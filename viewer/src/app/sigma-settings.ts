/** Sigma settings chosen from the graph's size: arrows, edge events and labels cost on big graphs. */
import type { Settings } from 'sigma/settings';
import { drawHaloLabel } from '../render/labels.js';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';

export const SMALL_GRAPH_EDGES = 20_000;

export function sigmaSettings(
  order: number,
  size: number,
): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  const small = size <= SMALL_GRAPH_EDGES;
  return {
    defaultEdgeType: small ? 'arrow' : 'line',
    enableEdgeEvents: small,
    renderEdgeLabels: small,
    zIndex: small,
    labelFont: "Inter, 'Segoe UI', system-ui, 'DejaVu Sans', sans-serif",
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2430' },
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#555' },
    labelDensity: order > 5000 ? 0.4 : 1,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: order > 5000 ? 7 : 4,
    defaultDrawNodeLabel: drawHaloLabel,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    stagePadding: 40,
  };
}

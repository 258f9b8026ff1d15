/** Sigma settings chosen from the graph's size: arrows, edge events and labels cost on big graphs. */
import type { Settings } from 'sigma/settings';
import { drawHaloLabel } from '../render/labels.js';
import { EDGE_PROGRAMS, NODE_PROGRAMS } from '../render/programs.js';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';

export const SMALL_GRAPH_EDGES = 20_000;
/** Up to this many nodes the viewer places labels itself (priority and collisions, label-layer.ts). */
export const LABEL_LAYER_NODES = 5_000;

export const LABEL_FONT = "Inter, 'Segoe UI', system-ui, 'DejaVu Sans', sans-serif";
export const LABEL_SIZE = 12;
export const LABEL_WEIGHT = '500';

/** Graphs that get ringed nodes, curved parallel edges and the viewer's own labels. */
export function isRichGraph(order: number, size: number): boolean {
  return order <= LABEL_LAYER_NODES && size <= SMALL_GRAPH_EDGES;
}

export function sigmaSettings(
  order: number,
  size: number,
): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  const small = size <= SMALL_GRAPH_EDGES;
  const rich = isRichGraph(order, size);
  return {
    // A container with no width (a folded layout, a tiny window) must not throw: sigma draws nothing
    // until it has a size again.
    allowInvalidContainer: true,
    defaultEdgeType: small ? 'arrow' : 'line',
    enableEdgeEvents: small,
    renderEdgeLabels: small,
    renderLabels: !rich,
    zIndex: small,
    ...(rich ? { nodeProgramClasses: NODE_PROGRAMS, edgeProgramClasses: EDGE_PROGRAMS } : {}),
    labelFont: LABEL_FONT,
    labelSize: LABEL_SIZE,
    labelWeight: LABEL_WEIGHT,
    labelColor: { color: '#1f2430' },
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#444' },
    labelDensity: order > 5000 ? 0.4 : 1,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: order > 5000 ? 7 : 4,
    defaultDrawNodeLabel: drawHaloLabel,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    stagePadding: 40,
  };
}

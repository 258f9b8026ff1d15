/**
 * Sigma reducers: the only place where data becomes pixels. They read the data attributes and the
 * render state and return fresh display objects; they never write to the graph.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { edgeCategoryKey } from '../graph/stats.js';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';
import type { Visibility } from '../filters/visibility.js';
import type { Focus } from './focus.js';
import {
  edgeColor,
  FADED_EDGE_COLOR,
  FADED_NODE_COLOR,
  nodeColor,
  nodeMark,
  withAlpha,
} from './palette.js';
import { CURVED_EDGE, RINGED_NODE, ringDisplay } from './rings.js';

export interface RenderState {
  visibility: Visibility;
  sizes: Map<string, number>;
  /** Colours that replace the type colour (communities), or null. */
  colours: ReadonlyMap<string, string> | null;
  focus: Focus | null;
  /** Draw every edge label of focused edges (predicates), only sensible on small graphs. */
  edgeLabels: boolean;
  /** Opacity of edges outside any focus. */
  edgeAlpha: number;
  /** Small graphs: ringed nodes (type by shape) and curved parallel edges. */
  rich: boolean;
  /** Curvature of each edge that shares its pair with others (see parallel-edges.ts). */
  curvatures: ReadonlyMap<string, number>;
}

/** The name shown for a node; runs of white space (page layout left in a name) show as one space. */
export function nodeLabel(a: NodeAttributes): string {
  return (a.kind === 'article' ? a.title || a.name : a.name).replace(/\s+/g, ' ').trim();
}

export function makeNodeReducer(render: () => RenderState) {
  return (key: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    const { visibility, sizes, colours, focus, rich } = render();
    const hidden = !visibility.nodes.has(key);
    const display: Partial<NodeDisplayData> = {
      x: a.x as number,
      y: a.y as number,
      size: sizes.get(key) ?? 3,
      color: colours?.get(key) ?? nodeColor(a.type),
      label: nodeLabel(a),
      hidden,
    };
    let faded = false;
    if (focus && !hidden) {
      if (focus.nodes.has(key)) {
        display.forceLabel = focus.nodes.size <= 60;
        display.zIndex = 1;
        if (focus.centre === key) display.highlighted = true;
      } else {
        faded = true;
        display.color = FADED_NODE_COLOR;
        display.label = '';
        display.zIndex = 0;
      }
    }
    if (rich) {
      display.type = RINGED_NODE;
      Object.assign(display, ringDisplay(nodeMark(a.type).ring, display.color!, faded));
    }
    return display;
  };
}

export function makeEdgeReducer(render: () => RenderState) {
  return (key: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
    const { visibility, focus, edgeLabels, edgeAlpha, curvatures } = render();
    const base = edgeColor(edgeCategoryKey(a));
    const display: Partial<EdgeDisplayData> = {
      color: withAlpha(base, edgeAlpha),
      size: a.kind === 'relation' ? 2 + a.evidence.length * 0.5 : 0.6,
      hidden: !visibility.edgePasses(a),
      label: a.predicate,
    };
    const curvature = curvatures.get(key);
    if (curvature !== undefined) Object.assign(display, { type: CURVED_EDGE, curvature });
    if (focus) {
      if (focus.edges.has(key)) {
        display.size = (display.size ?? 1) + 1;
        display.color = base;
        display.forceLabel = edgeLabels;
        display.zIndex = 1;
      } else {
        display.color = FADED_EDGE_COLOR;
        display.label = '';
      }
    } else {
      display.label = '';
    }
    return display;
  };
}

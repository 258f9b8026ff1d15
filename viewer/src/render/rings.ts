/**
 * Names of the extra sigma programs and the display attributes of the ringed node program, kept apart
 * from the programs themselves (which need WebGL) so pure code and unit tests can use them.
 */
import type { NodeRing } from './palette.js';

export const RINGED_NODE = 'ringed';
export const CURVED_EDGE = 'curvedArrow';

/** Display attributes read by the ringed program (sizes are shares of the node's radius). */
export interface RingDisplay {
  ringOuter: number;
  ringOuterColor: string;
  ringSize: number;
  ringColor: string;
}

const RING_DARK = '#1f2430';
const RING_LIGHT = '#ffffff';

/** Outer band, then inner band, then the fill (all in the node's colour unless said). */
const RING_SHAPES: Readonly<Record<NodeRing, (color: string) => RingDisplay>> = {
  solid: (color) => ({ ringOuter: 0, ringOuterColor: color, ringSize: 0, ringColor: color }),
  outline: (color) => ({
    ringOuter: 0.22,
    ringOuterColor: RING_DARK,
    ringSize: 0,
    ringColor: color,
  }),
  target: (color) => ({
    ringOuter: 0.25,
    ringOuterColor: color,
    ringSize: 0.2,
    ringColor: RING_LIGHT,
  }),
  hollow: (color) => ({
    ringOuter: 0.3,
    ringOuterColor: color,
    ringSize: 0.35,
    ringColor: RING_LIGHT,
  }),
};

export function ringDisplay(ring: NodeRing, color: string, faded: boolean): RingDisplay {
  return faded ? RING_SHAPES.solid(color) : RING_SHAPES[ring](color);
}

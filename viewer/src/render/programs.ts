/**
 * Sigma programs beyond the defaults, used on graphs small enough to afford them: ringed nodes
 * (@sigma/node-border: the type's ring style, so type is not told by colour alone) and curved arrows
 * for parallel edges (@sigma/edge-curve). Large graphs keep sigma's plain circle and line programs.
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { CURVED_EDGE, RINGED_NODE } from './rings.js';

export const RingedNodeProgram = createNodeBorderProgram({
  borders: [
    { size: { attribute: 'ringOuter', defaultValue: 0 }, color: { attribute: 'ringOuterColor' } },
    { size: { attribute: 'ringSize', defaultValue: 0 }, color: { attribute: 'ringColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

export const NODE_PROGRAMS = { [RINGED_NODE]: RingedNodeProgram };
export const EDGE_PROGRAMS = { [CURVED_EDGE]: EdgeCurvedArrowProgram };

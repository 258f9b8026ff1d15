/**
 * Node labels with a white halo, so they stay readable over edges and other nodes: sigma's own label
 * pass on large graphs and the hover label everywhere. A label that would pass the canvas's right
 * edge is drawn on the left of its node.
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';

export const drawHaloLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (
  context,
  data,
  settings,
) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label).width;
  const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
  let x = data.x + data.size + 3;
  if (x + width > canvasWidth - 2) x = Math.max(2, data.x - data.size - 3 - width);
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 3.5;
  context.strokeStyle = 'rgba(255,255,255,0.92)';
  context.strokeText(data.label, x, y);
  context.fillStyle = '#1f2430';
  context.fillText(data.label, x, y);
};

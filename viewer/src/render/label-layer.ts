/**
 * Node labels drawn by the viewer instead of sigma's label grid (small graphs only): after each
 * sigma render, candidates are read from sigma's display data, placed by `placeLabels` and drawn on
 * sigma's label canvas with a halo and a type mark. Large graphs keep sigma's grid (it is cheaper).
 */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';
import type { TramaGraph } from '../graph/types.js';
import { nodeMark } from './palette.js';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './label-placement.js';

export interface LabelLayerOptions {
  font: string;
  fontSize: number;
  weight: string;
  /** Importance of a node when nothing is focused (higher gets its label first). */
  importance(key: string): number;
  /**
   * The hovered or selected node, whose label always wins. Sigma highlights it and draws its label on
   * the hover layer, so here its place is only kept free.
   */
  centre(): string | null;
}

export interface LabelLayer {
  /** Labels drawn in the last frame, in drawing order. */
  drawn(): readonly PlacedLabel[];
  destroy(): void;
}

const FORCED_BONUS = 1e6;
const MARK_FILL = '#eef0f3';
const MARK_STROKE = '#8a919e';
const INK = '#1f2430';

export function mountLabelLayer(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  graph: TramaGraph,
  options: LabelLayerOptions,
): LabelLayer {
  const context = sigma.getCanvases().labels!.getContext('2d')!;
  const font = `${options.weight} ${options.fontSize}px ${options.font}`;
  const markFont = `700 ${options.fontSize - 3}px ${options.font}`;
  const widths = new Map<string, number>();
  const measure = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = context.measureText(text).width;
      widths.set(text, w);
    }
    return w;
  };
  let last: PlacedLabel[] = [];

  const draw = () => {
    const { width, height } = sigma.getDimensions();
    const centre = options.centre();
    const candidates: LabelCandidate[] = [];
    graph.forEachNode((key, a) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden || !d.label) return;
      const at = sigma.framedGraphToViewport(d);
      candidates.push({
        key,
        text: d.label,
        mark: nodeMark(a.type).letter,
        x: at.x,
        y: at.y,
        radius: sigma.scaleSize(d.size),
        priority:
          key === centre
            ? Infinity
            : options.importance(key) + (d.forceLabel || d.highlighted ? FORCED_BONUS : 0),
      });
    });
    // Marks are measured in the label font: a little wider than drawn, which pads their box.
    context.font = font;
    last = placeLabels(candidates, { width, height, fontSize: options.fontSize, measure });
    context.save();
    for (const label of last) if (label.key !== centre) drawLabel(label);
    context.restore();
  };

  const drawLabel = (label: PlacedLabel) => {
    const baseline = label.top + label.height / 2 + options.fontSize / 3;
    if (label.mark) {
      context.fillStyle = MARK_FILL;
      context.strokeStyle = MARK_STROKE;
      context.lineWidth = 1;
      context.beginPath();
      context.roundRect(label.left, label.top + 1, label.markWidth, label.height - 2, 3);
      context.fill();
      context.stroke();
      context.font = markFont;
      context.fillStyle = INK;
      context.textAlign = 'center';
      context.fillText(label.mark, label.left + label.markWidth / 2, baseline - 1);
      context.textAlign = 'left';
    }
    const x = label.left + (label.mark ? label.markWidth + 3 : 0);
    context.font = font;
    context.lineJoin = 'round';
    context.lineWidth = 3.5;
    context.strokeStyle = 'rgba(255,255,255,0.92)';
    context.strokeText(label.text, x, baseline);
    context.fillStyle = INK;
    context.fillText(label.text, x, baseline);
  };

  sigma.on('afterRender', draw);
  // Sigma drew its first frame in its constructor, before this layer existed: label that frame too.
  draw();
  return {
    drawn: () => last,
    destroy: () => sigma.off('afterRender', draw),
  };
}

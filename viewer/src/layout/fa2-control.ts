/**
 * ForceAtlas2 in a web worker, with start/stop; settings inferred from the graph's size. It runs on
 * the nodes visible when it starts (hidden ones do not pull); positions are copied to the viewer's
 * graph every frame, and hidden nodes are put beside their neighbours when it stops.
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import { FA2Layout } from './fa2-modules.js';
import type { TramaGraph } from '../graph/types.js';
import { el } from '../ui/dom.js';
import { besideOffset, layoutSettings } from './initial.js';
import {
  copyPositions,
  layoutGraph,
  placeBesideNeighbours,
  type LayoutNode,
} from './layout-graph.js';

export interface LayoutInputs {
  /** Nodes shown now: the ones laid out. */
  visible(): ReadonlySet<string>;
  /** Drawn size of a node (for adjustSizes). */
  size(key: string): number;
}

export interface LayoutControl {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  destroy(): void;
}

/** Where the positions on screen came from, said under the button. */
export type PositionOrigin =
  { kind: 'file' } | { kind: 'computed'; iterations: number } | { kind: 'scatter' };

const ORIGIN_TEXT: {
  [K in PositionOrigin['kind']]: (
    origin: Extract<PositionOrigin, { kind: K }>,
    order: number,
  ) => string;
} = {
  file: () => 'Positions come from the file.',
  computed: (o) => `Laid out on open (${o.iterations} ForceAtlas2 iterations).`,
  scatter: (_o, order) =>
    `${order.toLocaleString('en')} nodes: too many to lay out on open, so they start on a random disc. Run ForceAtlas2 to see the structure.`,
};

function originText(origin: PositionOrigin, order: number): string {
  return (ORIGIN_TEXT[origin.kind] as (o: PositionOrigin, n: number) => string)(origin, order);
}

export function mountLayoutControl(
  container: HTMLElement,
  graph: TramaGraph,
  origin: PositionOrigin,
  inputs: LayoutInputs,
): LayoutControl {
  let layout: FA2Layout | null = null;
  let sub: Graph<LayoutNode> | null = null;
  let frame: number | null = null;
  const copy = () => {
    if (sub) copyPositions(sub, graph);
    frame = layout?.isRunning() ? window.requestAnimationFrame(copy) : null;
  };
  const button = el('button', { className: 'primary', id: 'layout-toggle' }, '▶ Run ForceAtlas2');
  const info = el('p', { className: 'hint', id: 'layout-origin' }, originText(origin, graph.order));
  const timer = el('span', { className: 'hint' });
  let started = 0;
  let tick: number | null = null;

  const render = () => {
    const running = layout?.isRunning() ?? false;
    button.textContent = running ? '■ Stop ForceAtlas2' : '▶ Run ForceAtlas2';
    timer.textContent = running
      ? ` running ${((performance.now() - started) / 1000).toFixed(0)} s`
      : '';
  };

  const control: LayoutControl = {
    isRunning: () => layout?.isRunning() ?? false,
    start() {
      layout?.kill();
      const visible = inputs.visible();
      sub = layoutGraph(graph, (key) => visible.has(key), inputs.size);
      layout = new FA2Layout(sub, { settings: layoutSettings(sub) });
      layout.start();
      frame = window.requestAnimationFrame(copy);
      started = performance.now();
      tick = window.setInterval(render, 1000);
      render();
    },
    stop() {
      const wasRunning = layout?.isRunning() ?? false;
      layout?.stop();
      if (frame !== null) window.cancelAnimationFrame(frame);
      frame = null;
      if (wasRunning && sub) {
        copyPositions(sub, graph);
        const laidOut = sub;
        placeBesideNeighbours(graph, (key) => laidOut.hasNode(key), besideOffset);
      }
      if (tick !== null) window.clearInterval(tick);
      tick = null;
      render();
    },
    destroy() {
      control.stop();
      layout?.kill();
      layout = null;
      sub = null;
      container.replaceChildren();
    },
  };
  button.addEventListener('click', () => (control.isRunning() ? control.stop() : control.start()));
  container.replaceChildren(el('div', { className: 'row' }, button, timer), info);
  return control;
}

/** ForceAtlas2 in a web worker, with start/stop; settings inferred from the graph's size. */
import { FA2Layout } from './fa2-modules.js';
import type { TramaGraph } from '../graph/types.js';
import { el } from '../ui/dom.js';
import { layoutSettings } from './initial.js';

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
): LayoutControl {
  let layout: FA2Layout | null = null;
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
      layout ??= new FA2Layout(graph, { settings: layoutSettings(graph) });
      layout.start();
      started = performance.now();
      tick = window.setInterval(render, 1000);
      render();
    },
    stop() {
      layout?.stop();
      if (tick !== null) window.clearInterval(tick);
      tick = null;
      render();
    },
    destroy() {
      control.stop();
      layout?.kill();
      layout = null;
      container.replaceChildren();
    },
  };
  button.addEventListener('click', () => (control.isRunning() ? control.stop() : control.start()));
  container.replaceChildren(el('div', { className: 'row' }, button, timer), info);
  return control;
}

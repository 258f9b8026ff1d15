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

export function mountLayoutControl(container: HTMLElement, graph: TramaGraph, savedPositions: boolean): LayoutControl {
  let layout: FA2Layout | null = null;
  const button = el('button', { className: 'primary', id: 'layout-toggle' }, '▶ Run ForceAtlas2');
  const info = el(
    'p',
    { className: 'hint' },
    savedPositions ? 'Positions come from the file.' : `Layout computed on open (${graph.order} nodes).`,
  );
  const timer = el('span', { className: 'hint' });
  let started = 0;
  let tick: number | null = null;

  const render = () => {
    const running = layout?.isRunning() ?? false;
    button.textContent = running ? '■ Stop ForceAtlas2' : '▶ Run ForceAtlas2';
    timer.textContent = running ? ` running ${((performance.now() - started) / 1000).toFixed(0)} s` : '';
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

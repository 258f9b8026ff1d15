/**
 * The analysis tools of a session: neighbourhood, paths, time, metrics, the data table and curation.
 * Mounts their sidebar card and gives the session what it draws with (sizes, colours, path focus).
 */
import '../explore.css';
import { enableNodeDrag } from '../curation/drag.js';
import { renderCurationControls } from '../curation/controls.js';
import { createMetricsControl } from '../metrics/controls.js';
import { renderNeighbourhoodControls } from '../neighbourhood/controls.js';
import { currentPath, pathFocus, renderPathControls } from '../paths/controls.js';
import type { FoundPath } from '../paths/shortest.js';
import type { Focus } from '../render/focus.js';
import type { ViewState } from '../state/view-state.js';
import { mountTableDrawer } from '../table/drawer.js';
import { renderTimeControls } from '../time/controls.js';
import { el } from '../ui/dom.js';
import type { AnalysisHost } from './analysis-host.js';

export interface AnalysisTools {
  /** Sizes to draw instead of `base` (a metric), or null. */
  sizes(base: ReadonlyMap<string, number>): Map<string, number> | null;
  colours(): ReadonlyMap<string, string> | null;
  /** The shortest path to highlight, if one is asked for and exists. */
  pathFocus(): Focus | null;
  /** A node was just dragged: the click that ends the drag must not select it. */
  justDragged(): boolean;
  /** After a state change or a filter change: recompute and redraw the controls. */
  update(next: ViewState, previous: ViewState | null): void;
  destroy(): void;
}

function section(title: string, id: string): { box: HTMLElement; body: HTMLElement } {
  const body = el('div', { id });
  return { box: el('div', { className: 'explore-part' }, el('h4', {}, title), body), body };
}

export function mountAnalysis(host: AnalysisHost): AnalysisTools {
  const card = el('section', { className: 'card', id: 'explore-card' }, el('h3', {}, 'Explore'));
  const hood = section('Neighbourhood', 'neighbourhood');
  const paths = section('Shortest path', 'paths');
  const time = section('Time', 'time');
  const metricsPart = section('Metrics', 'metrics');
  const curation = section('Curation', 'curation');
  const tableButton = el('button', { id: 'table-toggle', 'aria-expanded': 'false' }, 'Data table');
  card.append(
    hood.box,
    paths.box,
    time.box,
    metricsPart.box,
    el('div', { className: 'explore-part' }, el('h4', {}, 'Table'), tableButton),
    curation.box,
  );
  // After the filters card (the tools narrow what the filters show), else at the end of the sidebar.
  const filters = document.getElementById('filters')?.closest('.card');
  if (filters) filters.after(card);
  else document.getElementById('sidebar')!.append(card);

  let path: FoundPath | null = null;
  const metrics = createMetricsControl(host, () => {
    metrics.render(metricsPart.body);
    table.refresh();
    host.redraw();
  });
  const table = mountTableDrawer(host, () => metrics.metrics());
  tableButton.addEventListener('click', () => {
    table.toggle();
    tableButton.setAttribute('aria-expanded', String(table.isOpen()));
  });
  const drag = enableNodeDrag(host.sigma, host.layout, () =>
    renderCurationControls(curation.body, host, drag),
  );

  const tools: AnalysisTools = {
    sizes: (base) => metrics.sizes(base),
    colours: () => metrics.colours(),
    pathFocus: () => (path ? pathFocus(path) : null),
    justDragged: () => drag.justDragged(),
    update(next, previous) {
      const a = next.analysis;
      const b = previous?.analysis;
      const selectionChanged = !previous || next.selection !== previous.selection;
      path = currentPath(host);
      renderNeighbourhoodControls(hood.body, host);
      renderPathControls(paths.body, host, path);
      if (!b || a.time !== b.time) renderTimeControls(time.body, host);
      metrics.ensure();
      metrics.render(metricsPart.body);
      if (selectionChanged || !previous) renderCurationControls(curation.body, host, drag);
      table.refresh();
    },
    destroy() {
      metrics.destroy();
      drag.destroy();
      table.destroy();
      card.remove();
    },
  };
  // The controls are drawn after the first frame (the time stops read every edge); a path asked for
  // by the URL is highlighted then.
  const first = window.setTimeout(() => {
    tools.update(host.store.get(), null);
    if (host.store.get().analysis.path) host.redraw();
  }, 0);
  const destroy = tools.destroy;
  tools.destroy = () => {
    window.clearTimeout(first);
    destroy();
  };
  return tools;
}

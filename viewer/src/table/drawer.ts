/**
 * The data table drawer over the bottom of the canvas: nodes or relations of what the view shows,
 * sortable and filterable; picking a row selects it in the graph. An accessible alternative to the
 * canvas (a real <table>, reachable by keyboard).
 */
import type { AnalysisHost } from '../app/analysis-host.js';
import { forEachVisibleEdge } from '../filters/visibility.js';
import type { Metrics } from '../metrics/client.js';
import { el } from '../ui/dom.js';
import { nodeColumns, relationColumns, type RelationRow } from './columns.js';
import { renderDataTable, type TableView } from './data-table.js';

const ROW_LIMIT = 300;
type Tab = 'nodes' | 'relations';

export interface TableDrawer {
  toggle(open?: boolean): void;
  isOpen(): boolean;
  /** Redraws when open (after a filter or metrics change). */
  refresh(): void;
  destroy(): void;
}

export function mountTableDrawer(host: AnalysisHost, metrics: () => Metrics | null): TableDrawer {
  const stage = host.sigma.getContainer().parentElement!;
  const drawer = el('section', {
    id: 'table-drawer',
    className: 'table-drawer',
    'aria-label': 'Data table',
    hidden: true,
  });
  stage.append(drawer);
  let tab: Tab = 'nodes';
  const views: Record<Tab, TableView> = {
    nodes: { sort: { column: 'degree', descending: true }, filter: '' },
    relations: { sort: null, filter: '' },
  };
  const tableBox = el('div', { className: 'table-box' });
  const filter = el('input', {
    id: 'table-filter',
    type: 'search',
    placeholder: 'Filter rows…',
    'aria-label': 'Filter rows',
  });
  filter.addEventListener('input', () => {
    views[tab] = { ...views[tab], filter: filter.value };
    drawTable();
  });
  const tabButtons = (['nodes', 'relations'] as const).map((t) => {
    const b = el(
      'button',
      { role: 'tab', id: `table-tab-${t}`, className: 'tab' },
      t === 'nodes' ? 'Nodes' : 'Relations',
    );
    b.addEventListener('click', () => {
      tab = t;
      filter.value = views[t].filter;
      draw();
    });
    return b;
  });
  const close = el('button', { className: 'close', 'aria-label': 'Close the table' }, '×');
  close.addEventListener('click', () => drawer_.toggle(false));
  drawer.append(
    el(
      'div',
      { className: 'table-head' },
      el('div', { role: 'tablist' }, ...tabButtons),
      filter,
      close,
    ),
    tableBox,
  );

  const drawTable = () => {
    const { graph, stats } = host;
    const visibility = host.visibility();
    const onView = (view: TableView) => {
      views[tab] = view;
      drawTable();
    };
    if (tab === 'nodes') {
      renderDataTable(
        tableBox,
        {
          id: 'node-table',
          caption: 'Nodes shown',
          columns: nodeColumns(graph, stats, metrics()),
          rows: [...visibility.nodes],
          rowKey: (k) => k,
          onPick: (k) => host.selectNode(k),
          limit: ROW_LIMIT,
        },
        views.nodes,
        onView,
      );
    } else {
      const rows: RelationRow[] = [];
      forEachVisibleEdge(graph, visibility, (key, a, source, target) => {
        if (a.kind === 'relation') rows.push({ key, source, target });
      });
      renderDataTable(
        tableBox,
        {
          id: 'relation-table',
          caption: 'Relations shown',
          columns: relationColumns(graph),
          rows,
          rowKey: (r) => r.key,
          onPick: (r) => host.selectEdge(r.key),
          limit: ROW_LIMIT,
        },
        views.relations,
        onView,
      );
    }
  };
  const draw = () => {
    for (const b of tabButtons)
      b.setAttribute('aria-selected', String(b.id === `table-tab-${tab}`));
    drawTable();
  };
  const drawer_: TableDrawer = {
    toggle(open = drawer.hidden) {
      drawer.hidden = !open;
      if (open) draw();
    },
    isOpen: () => !drawer.hidden,
    refresh() {
      if (!drawer.hidden) draw();
    },
    destroy: () => drawer.remove(),
  };
  return drawer_;
}

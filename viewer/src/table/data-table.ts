/**
 * A real <table>: column headers with sort buttons (aria-sort), a text filter over every cell, at most
 * `limit` rows drawn (the caption says how many match). Rows are focusable; click or Enter picks one.
 */
import { foldName } from '../schema.js';
import { el } from '../ui/dom.js';

export interface Column<R> {
  key: string;
  label: string;
  value(row: R): string | number | null;
  numeric?: boolean;
}

export interface TableSpec<R> {
  id: string;
  caption: string;
  columns: ReadonlyArray<Column<R>>;
  rows: readonly R[];
  rowKey(row: R): string;
  onPick(row: R): void;
  limit: number;
}

export interface TableView {
  sort: { column: string; descending: boolean } | null;
  filter: string;
}

const compare = (a: string | number | null, b: string | number | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b), 'es');
};

export function visibleRows<R>(spec: TableSpec<R>, view: TableView): R[] {
  const needle = foldName(view.filter);
  let rows = needle
    ? spec.rows.filter((r) =>
        spec.columns.some((c) => foldName(String(c.value(r) ?? '')).includes(needle)),
      )
    : [...spec.rows];
  const sort = view.sort;
  const column = sort && spec.columns.find((c) => c.key === sort.column);
  if (sort && column) {
    rows = rows.sort((x, y) => {
      const order = compare(column.value(x), column.value(y));
      // Empty cells stay last whichever the direction.
      if (column.value(x) === null || column.value(y) === null) return order;
      return sort.descending ? -order : order;
    });
  }
  return rows;
}

const format = (v: string | number | null): string =>
  v === null ? '' : typeof v === 'number' && !Number.isInteger(v) ? v.toPrecision(3) : String(v);

export function renderDataTable<R>(
  container: HTMLElement,
  spec: TableSpec<R>,
  view: TableView,
  onViewChange: (view: TableView) => void,
): void {
  const rows = visibleRows(spec, view);
  const shown = rows.slice(0, spec.limit);
  const head = el('tr');
  for (const column of spec.columns) {
    const sorted = view.sort?.column === column.key;
    const th = el('th', {
      scope: 'col',
      'aria-sort': sorted ? (view.sort!.descending ? 'descending' : 'ascending') : 'none',
      className: column.numeric ? 'num' : '',
    });
    const button = el(
      'button',
      { className: 'sort', 'data-column': column.key },
      column.label,
      sorted ? (view.sort!.descending ? ' ▼' : ' ▲') : '',
    );
    button.addEventListener('click', () =>
      onViewChange({
        ...view,
        sort: {
          column: column.key,
          // First click: numbers biggest first, text A→Z; then toggle.
          descending: sorted ? !view.sort!.descending : Boolean(column.numeric),
        },
      }),
    );
    th.append(button);
    head.append(th);
  }
  const body = el('tbody');
  for (const row of shown) {
    const tr = el('tr', { tabindex: 0, 'data-key': spec.rowKey(row) });
    for (const column of spec.columns)
      tr.append(el('td', { className: column.numeric ? 'num' : '' }, format(column.value(row))));
    tr.addEventListener('click', () => spec.onPick(row));
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        spec.onPick(row);
      }
    });
    body.append(tr);
  }
  const caption =
    `${spec.caption}: ${rows.length.toLocaleString('en')} of ${spec.rows.length.toLocaleString('en')}` +
    (rows.length > shown.length ? ` (first ${shown.length} drawn — filter to narrow)` : '');
  container.replaceChildren(
    el(
      'table',
      { id: spec.id, className: 'data-table' },
      el('caption', {}, caption),
      el('thead', {}, head),
      body,
    ),
  );
}

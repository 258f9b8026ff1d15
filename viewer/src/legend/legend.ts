/** Legends that are also filters: a colour, a name and a count per type or category; click to hide/show. */
import { el } from '../ui/dom.js';

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** A short type mark shown beside the colour (the letter on the node's label). */
  mark?: string;
  count: number;
  /** The visible count under the current filters, when it differs. */
  shown?: number;
}

export interface LegendOptions {
  id: string;
  swatch: 'dot' | 'line';
  items: LegendItem[];
  hidden: ReadonlySet<string>;
  onChange(hidden: Set<string>): void;
}

export function renderLegend(container: HTMLElement, options: LegendOptions): void {
  const { items, hidden, onChange } = options;
  // The legend is rebuilt on every change: keyboard focus stays on the item it was on.
  const focused =
    document.activeElement instanceof HTMLElement && container.contains(document.activeElement)
      ? document.activeElement.getAttribute('data-key')
      : null;
  const list = el('ul', { className: 'legend', id: options.id });
  for (const item of items) {
    const off = hidden.has(item.key);
    const swatch =
      options.swatch === 'dot'
        ? el('span', {
            className: 'swatch',
            style: `border-color:${item.color};background:${item.color}`,
          })
        : el('span', { className: 'line-swatch', style: `background:${item.color}` });
    const count =
      item.shown !== undefined && item.shown !== item.count
        ? `${item.shown} / ${item.count}`
        : String(item.count);
    const row = el(
      'li',
      {
        className: off ? 'off' : '',
        'data-key': item.key,
        role: 'button',
        tabindex: 0,
        'aria-pressed': off ? 'false' : 'true',
        'aria-label': `${item.label}: ${count}, ${off ? 'hidden' : 'shown'}`,
        title: off
          ? 'Hidden: click to show (double-click: only this)'
          : 'Click to hide (double-click: only this)',
      },
      swatch,
      item.mark ? el('span', { className: 'mark', 'aria-hidden': 'true' }, item.mark) : '',
      el('span', { className: 'name' }, item.label),
      el('span', { className: 'count' }, count),
    );
    const toggle = () => {
      const next = new Set(hidden);
      if (off) next.delete(item.key);
      else next.add(item.key);
      onChange(next);
    };
    row.addEventListener('click', toggle);
    row.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      toggle();
    });
    row.addEventListener('dblclick', () =>
      onChange(new Set(items.map((i) => i.key).filter((k) => k !== item.key))),
    );
    list.append(row);
  }
  const all = el('button', { type: 'button' }, 'show all');
  all.addEventListener('click', () =>
    onChange(new Set([...hidden].filter((k) => !items.some((i) => i.key === k)))),
  );
  const none = el('button', { type: 'button' }, 'hide all');
  none.addEventListener('click', () => onChange(new Set([...hidden, ...items.map((i) => i.key)])));
  container.replaceChildren(list, el('div', { className: 'legend-actions' }, all, none));
  if (focused !== null)
    list.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
}

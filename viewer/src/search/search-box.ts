/** The search field with suggestions; choosing one calls `onPick` with the node key. */
import { nodeColor } from '../render/palette.js';
import { el } from '../ui/dom.js';
import type { SearchIndex } from './index.js';

export interface SearchBox {
  destroy(): void;
}

/** `index` is built on first use: a large graph's first frame does not wait for it. */
export function mountSearchBox(
  container: HTMLElement,
  index: () => SearchIndex,
  onPick: (key: string) => void,
): SearchBox {
  const input = el('input', {
    type: 'search',
    id: 'search-input',
    placeholder: 'Search entities and aliases…',
    autocomplete: 'off',
    spellcheck: false,
  });
  const list = el('ul', { className: 'suggestions', id: 'search-suggestions', hidden: true });
  let active = 0;
  let hits: ReturnType<SearchIndex['search']> = [];
  input.addEventListener('focus', () => index(), { once: true });

  const close = () => {
    list.hidden = true;
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    input.blur();
    onPick(hit.key);
  };
  const renderList = () => {
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) => {
            const item = el(
              'li',
              { className: i === active ? 'active' : '', 'data-key': hit.key },
              el('span', {
                className: 'swatch-dot',
                style: `width:9px;height:9px;border-radius:50%;background:${nodeColor(hit.type)}`,
              }),
              el('span', {}, hit.label),
              el(
                'span',
                { className: 'via' },
                hit.via ? `alias “${hit.via}” · ${hit.type}` : hit.type,
              ),
            );
            item.addEventListener('mousedown', (event) => {
              event.preventDefault();
              pick(i);
            });
            return item;
          })
        : [el('li', { className: 'empty' }, 'No match')]),
    );
    list.hidden = false;
  };
  input.addEventListener('input', () => {
    hits = index().search(input.value);
    active = 0;
    if (input.value.trim()) renderList();
    else close();
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden && event.key !== 'Enter') return;
    if (event.key === 'ArrowDown') active = Math.min(hits.length - 1, active + 1);
    else if (event.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (event.key === 'Enter') {
      if (list.hidden) hits = index().search(input.value);
      pick(active);
      return;
    } else if (event.key === 'Escape') return close();
    else return;
    event.preventDefault();
    renderList();
  });
  input.addEventListener('blur', close);
  container.replaceChildren(input, list);
  return { destroy: () => container.replaceChildren() };
}

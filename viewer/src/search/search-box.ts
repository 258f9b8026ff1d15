/**
 * The search field with suggestions, an ARIA combobox: the input owns a listbox of options, the
 * active option is its `aria-activedescendant`. Choosing one calls `onPick` with the node key.
 * Nodes the filters hide are offered too, marked "hidden": picking one shows it (see filters/reveal).
 */
import { nodeColor, nodeMark } from '../render/palette.js';
import { el } from '../ui/dom.js';
import type { SearchHit, SearchIndex } from './index.js';

export interface SearchBox {
  destroy(): void;
}

export interface SearchBoxOptions {
  /** Built on first use: a large graph's first frame does not wait for it. */
  index(): SearchIndex;
  /** Whether the filters hide the node now. */
  isHidden(key: string): boolean;
  onPick(key: string): void;
}

const LIST_ID = 'search-suggestions';
const optionId = (i: number) => `search-option-${i}`;

export function mountSearchBox(container: HTMLElement, options: SearchBoxOptions): SearchBox {
  const input = el('input', {
    type: 'search',
    id: 'search-input',
    placeholder: 'Search entities and aliases…',
    autocomplete: 'off',
    spellcheck: false,
    role: 'combobox',
    'aria-label': 'Search entities and aliases',
    'aria-autocomplete': 'list',
    'aria-controls': LIST_ID,
    'aria-expanded': 'false',
  });
  const list = el('ul', {
    className: 'suggestions',
    id: LIST_ID,
    role: 'listbox',
    'aria-label': 'Matching nodes',
    hidden: true,
  });
  let active = -1;
  let hits: SearchHit[] = [];
  input.addEventListener('focus', () => options.index(), { once: true });

  const close = () => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    input.blur();
    options.onPick(hit.key);
  };
  const option = (hit: SearchHit, i: number) => {
    const hidden = options.isHidden(hit.key);
    const detail = [hit.via ? `alias “${hit.via}”` : '', hit.type, hidden ? 'hidden' : '']
      .filter(Boolean)
      .join(' · ');
    const item = el(
      'li',
      {
        id: optionId(i),
        role: 'option',
        'aria-selected': i === active ? 'true' : 'false',
        className: [i === active ? 'active' : '', hidden ? 'is-hidden' : ''].join(' ').trim(),
        'data-key': hit.key,
      },
      el(
        'span',
        {
          className: 'swatch-dot',
          'aria-hidden': 'true',
          style: `background:${nodeColor(hit.type)}`,
        },
        nodeMark(hit.type).letter,
      ),
      el('span', {}, hit.label),
      el('span', { className: 'via' }, detail),
    );
    item.addEventListener('mousedown', (event) => {
      event.preventDefault();
      pick(i);
    });
    return item;
  };
  const renderList = () => {
    list.replaceChildren(
      ...(hits.length
        ? hits.map(option)
        : [el('li', { className: 'empty', role: 'option', 'aria-disabled': 'true' }, 'No match')]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0 && hits[active]) {
      input.setAttribute('aria-activedescendant', optionId(active));
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  input.addEventListener('input', () => {
    hits = options.index().search(input.value);
    active = -1;
    if (input.value.trim()) renderList();
    else close();
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden && event.key !== 'Enter' && event.key !== 'ArrowDown') return;
    if (event.key === 'ArrowDown') {
      if (list.hidden) hits = options.index().search(input.value);
      active = Math.min(hits.length - 1, active + 1);
    } else if (event.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (event.key === 'Enter') {
      if (list.hidden) hits = options.index().search(input.value);
      pick(Math.max(0, active));
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

/** Filter controls: certainty, article, minimum degree. They write to the store and nothing else. */
import type { GraphStats } from '../graph/stats.js';
import { CERTAINTIES, type Certainty } from '../schema.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { el } from '../ui/dom.js';

export function renderFilterControls(
  container: HTMLElement,
  store: Store<ViewState>,
  stats: GraphStats,
): void {
  const state = store.get();
  const certainty = el(
    'div',
    { className: 'row', id: 'filter-certainty' },
    el('span', {}, 'Certainty'),
  );
  for (const value of CERTAINTIES) {
    const box = el('input', {
      type: 'checkbox',
      checked: state.certainties.has(value),
      'data-certainty': value,
    });
    box.addEventListener('change', () => {
      const next = new Set<Certainty>(store.get().certainties);
      if (box.checked) next.add(value);
      else next.delete(value);
      store.update({ certainties: next });
    });
    certainty.append(el('label', {}, box, ` ${value}`));
  }
  const article = el('select', { id: 'filter-article', 'aria-label': 'Article' });
  article.append(el('option', { value: '' }, `All articles (${stats.articles.length})`));
  for (const a of stats.articles)
    article.append(el('option', { value: a.id, selected: a.id === state.article }, a.title));
  article.addEventListener('change', () => store.update({ article: article.value || null }));

  const degree = el('input', {
    type: 'range',
    id: 'filter-min-degree',
    'aria-label': 'Minimum degree',
    min: 0,
    max: Math.max(1, Math.min(stats.maxDegree, 50)),
    step: 1,
    value: state.minDegree,
  });
  const degreeValue = el('span', { className: 'count' }, String(state.minDegree));
  degree.addEventListener('input', () => {
    degreeValue.textContent = degree.value;
  });
  degree.addEventListener('change', () => store.update({ minDegree: Number(degree.value) }));
  container.replaceChildren(
    certainty,
    el('div', { className: 'row' }, el('span', {}, 'Article'), article),
    el('div', { className: 'row' }, el('span', {}, 'Min. degree'), degree, degreeValue),
  );
}

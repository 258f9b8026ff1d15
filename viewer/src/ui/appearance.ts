/** Appearance controls: size measure and whether articles, dates and quantities are shown. */
import { SIZE_MEASURES } from '../render/sizes.js';
import type { Store } from '../state/store.js';
import type { SizeBy, ViewState } from '../state/view-state.js';
import { el } from './dom.js';

export function renderAppearance(container: HTMLElement, store: Store<ViewState>): void {
  const state = store.get();
  const size = el('select', { id: 'size-by', 'aria-label': 'Size nodes by' });
  for (const [key, measure] of Object.entries(SIZE_MEASURES)) {
    size.append(el('option', { value: key, selected: key === state.sizeBy }, measure.label));
  }
  size.addEventListener('change', () => store.update({ sizeBy: size.value as SizeBy }));
  const extras = el('input', {
    type: 'checkbox',
    id: 'show-extras',
    checked: state.showValueNodes,
  });
  extras.addEventListener('change', () => store.update({ showValueNodes: extras.checked }));
  container.replaceChildren(
    el('div', { className: 'row' }, el('span', {}, 'Size by'), size),
    el('div', { className: 'row' }, el('label', {}, extras, ' Show articles, dates, quantities')),
  );
}

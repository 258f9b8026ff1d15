/** What the stage says when there is nothing to draw: an empty graph, or filters that hide it all. */
import { el } from '../ui/dom.js';

export interface EmptyStateInput {
  total: number;
  shown: number;
  reset(): void;
}

export function renderEmptyState(container: HTMLElement, input: EmptyStateInput): void {
  if (input.total > 0 && input.shown > 0) {
    container.hidden = true;
    container.replaceChildren();
    return;
  }
  if (input.total === 0) {
    container.replaceChildren(
      el('p', {}, 'This graph has no nodes.'),
      el('p', { className: 'hint' }, 'Open another file with Open… or drop one on the window.'),
    );
  } else {
    const reset = el('button', { className: 'primary', type: 'button' }, 'Show everything');
    reset.addEventListener('click', () => input.reset());
    container.replaceChildren(
      el(
        'p',
        {},
        `All ${input.total.toLocaleString('en')} nodes are hidden by the filters and legends.`,
      ),
      reset,
    );
  }
  container.hidden = false;
}

/** "Show only this node + N hops" and "expand its neighbours", on the selected node. */
import type { AnalysisHost } from '../app/analysis-host.js';
import { updateAnalysis } from '../app/analysis-host.js';
import { nodeLabel } from '../render/reducers.js';
import { el } from '../ui/dom.js';

export function renderNeighbourhoodControls(container: HTMLElement, host: AnalysisHost): void {
  const { store, graph } = host;
  const state = store.get();
  const hood = state.analysis.neighbourhood;
  const selected =
    state.selection?.kind === 'node' && graph.hasNode(state.selection.key)
      ? state.selection.key
      : null;
  const depth = el('select', { id: 'hood-depth', 'aria-label': 'Hops' });
  for (const n of [1, 2, 3])
    depth.append(
      el('option', { value: n, selected: n === (hood?.depth ?? 1) }, `${n} hop${n > 1 ? 's' : ''}`),
    );
  const show = el(
    'button',
    {
      id: 'hood-show',
      disabled: !selected,
      title: 'Hide everything farther than N hops from the selected node',
    },
    'Only this node +',
  );
  show.addEventListener('click', () => {
    if (selected)
      updateAnalysis(host, {
        neighbourhood: { node: selected, depth: Number(depth.value), expanded: [] },
      });
  });
  depth.addEventListener('change', () => {
    if (hood) updateAnalysis(host, { neighbourhood: { ...hood, depth: Number(depth.value) } });
  });
  const expand = el(
    'button',
    {
      id: 'hood-expand',
      disabled: !selected,
      title: "Add the selected node's neighbours to the view",
    },
    'Expand neighbours',
  );
  expand.addEventListener('click', () => {
    if (!selected) return;
    const next = hood
      ? { ...hood, expanded: [...new Set([...hood.expanded, selected])] }
      : { node: selected, depth: 0, expanded: [selected] };
    updateAnalysis(host, { neighbourhood: next });
  });
  const clear = el('button', { id: 'hood-clear', disabled: !hood }, 'Show all');
  clear.addEventListener('click', () => updateAnalysis(host, { neighbourhood: null }));
  const around =
    hood && graph.hasNode(hood.node) ? nodeLabel(graph.getNodeAttributes(hood.node)) : null;
  container.replaceChildren(
    el('div', { className: 'row tools' }, show, depth),
    el('div', { className: 'row tools' }, expand, clear),
    el(
      'p',
      { className: 'hint', id: 'hood-status' },
      hood
        ? `Around ${around ?? hood.node}: ${host.visibility().nodes.size} nodes` +
            (hood.expanded.length ? `, ${hood.expanded.length} expanded` : '')
        : selected
          ? ''
          : 'Select a node first.',
    ),
  );
}

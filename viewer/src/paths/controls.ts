/** "Shortest path from A to B": two node fields, the path highlighted, and listed with its evidence. */
import type { AnalysisHost } from '../app/analysis-host.js';
import { updateAnalysis } from '../app/analysis-host.js';
import { nodePicker, resolveNode } from '../app/node-picker.js';
import { renderEvidence } from '../panel/evidence.js';
import { nodeLabel } from '../render/reducers.js';
import type { Focus } from '../render/focus.js';
import type { TramaGraph } from '../graph/types.js';
import { el } from '../ui/dom.js';
import { shortestPath, type FoundPath } from './shortest.js';

export function pathFocus(path: FoundPath): Focus {
  return {
    nodes: new Set(path.nodes),
    edges: new Set(path.hops.flatMap((h) => h.edges)),
    centre: null,
  };
}

function mentionsOf(graph: TramaGraph, key: string) {
  const a = graph.getNodeAttributes(key);
  return a.kind === 'article' ? [] : a.mentions;
}

function renderHop(host: AnalysisHost, hop: FoundPath['hops'][number]): HTMLElement {
  const { graph, stats } = host;
  const item = el('li', { className: 'path-hop' });
  for (const edge of hop.edges) {
    const a = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const link = el(
      'button',
      { className: 'link path-edge', 'data-key': edge },
      `${nodeLabel(graph.getNodeAttributes(source))} —${a.predicate}→ ${nodeLabel(graph.getNodeAttributes(target))}`,
    );
    link.addEventListener('click', () => host.selectEdge(edge));
    item.append(link);
    if (a.kind === 'relation') {
      const mentions = [...mentionsOf(graph, source), ...mentionsOf(graph, target)];
      const first = a.evidence[0]!;
      item.append(
        renderEvidence(
          first,
          mentions,
          stats.articleTitles.get(first.articleId) ?? first.articleId,
        ),
      );
    }
  }
  return item;
}

export function renderPathControls(
  container: HTMLElement,
  host: AnalysisHost,
  path: FoundPath | null,
): void {
  const { graph, store } = host;
  const wanted = store.get().analysis.path;
  const from = nodePicker('path-from', 'From', graph, () => host.visibility());
  const to = nodePicker('path-to', 'To', graph, () => host.visibility());
  if (wanted) {
    from.input.value = graph.hasNode(wanted.from)
      ? nodeLabel(graph.getNodeAttributes(wanted.from))
      : wanted.from;
    to.input.value = graph.hasNode(wanted.to)
      ? nodeLabel(graph.getNodeAttributes(wanted.to))
      : wanted.to;
  }
  const message = el('p', { className: 'hint', id: 'path-status', role: 'status' });
  const find = el('button', { id: 'path-find', className: 'primary' }, 'Find path');
  find.addEventListener('click', () => {
    const visibility = host.visibility();
    const a = resolveNode(graph, visibility, from.input.value);
    const b = resolveNode(graph, visibility, to.input.value);
    if (!a || !b) {
      message.textContent = `No visible node called “${(!a ? from : to).input.value}”.`;
      return;
    }
    updateAnalysis(host, { path: { from: a, to: b } });
  });
  const clear = el('button', { id: 'path-clear', disabled: !wanted }, 'Clear');
  clear.addEventListener('click', () => updateAnalysis(host, { path: null }));
  const result = el('ol', { id: 'path-result', className: 'path-result' });
  if (wanted && path) {
    message.textContent = `${path.hops.length} hop${path.hops.length === 1 ? '' : 's'}: ${path.nodes
      .map((k) => nodeLabel(graph.getNodeAttributes(k)))
      .join(' → ')}`;
    result.append(...path.hops.map((hop) => renderHop(host, hop)));
  } else if (wanted) {
    message.textContent =
      'No path between them in what is shown (filters, time range, neighbourhood).';
  }
  container.replaceChildren(
    from.field,
    to.field,
    el('div', { className: 'row tools' }, find, clear),
    message,
    result,
  );
}

/** The path the state asks for, over what is visible (null when there is none). */
export function currentPath(host: AnalysisHost): FoundPath | null {
  const wanted = host.store.get().analysis.path;
  if (!wanted || !host.graph.hasNode(wanted.from) || !host.graph.hasNode(wanted.to)) return null;
  return shortestPath(host.graph, host.visibility(), wanted.from, wanted.to);
}

/**
 * Curation: pinned nodes (drag to pin, unpin all) and "these two are the same entity": the node
 * typed in is merged into the selected one with the same function `trama ingest --merges` uses, the
 * merged graph is reopened in place, and the merge list can be exported for the next ingest.
 */
import type { AnalysisHost } from '../app/analysis-host.js';
import { nodePicker, resolveNode } from '../app/node-picker.js';
import { download } from '../export/download.js';
import { filteredEnvelope } from '../export/filtered-envelope.js';
import { nodeLabel } from '../render/reducers.js';
import { applyMerges, type GraphEnvelope } from '../schema.js';
import { el } from '../ui/dom.js';
import type { DragControl } from './drag.js';
import { mergeLog } from './merge-log.js';

/** main.ts opens the envelope carried by this event in place of the current graph. */
export const OPEN_ENVELOPE_EVENT = 'trama:open-envelope';
export interface OpenEnvelopeDetail {
  envelope: GraphEnvelope;
  source: string;
}

function wholeGraph(host: AnalysisHost): GraphEnvelope {
  const all = { nodes: new Set(host.graph.nodes()), edgePasses: () => true };
  return filteredEnvelope(host.graph, all, host.meta, host.meta.origin);
}

export function renderCurationControls(
  container: HTMLElement,
  host: AnalysisHost,
  drag: DragControl,
): void {
  const { graph, store } = host;
  const selection = store.get().selection;
  const into =
    selection?.kind === 'node' &&
    graph.hasNode(selection.key) &&
    graph.getNodeAttribute(selection.key, 'kind') === 'entity'
      ? selection.key
      : null;
  const pinned = drag.pinned().length;
  const unpin = el('button', { id: 'unpin-all', disabled: pinned === 0 }, 'Unpin all');
  unpin.addEventListener('click', () => drag.unpinAll());
  const from = nodePicker('merge-from', 'Same entity as the selected one', graph, () =>
    host.visibility(),
  );
  const message = el('p', { className: 'hint', id: 'merge-status', role: 'status' });
  const merge = el('button', { id: 'merge-apply', disabled: !into }, 'Merge into selected');
  merge.addEventListener('click', () => {
    if (!into) return;
    const other = resolveNode(graph, host.visibility(), from.input.value);
    if (!other || other === into) {
      message.textContent = other
        ? 'That is the selected node.'
        : `No visible node called “${from.input.value}”.`;
      return;
    }
    const decision = { into, from: other };
    const outcome = applyMerges(wholeGraph(host), [decision]);
    if (outcome.applied.length === 0) {
      message.textContent = `Not merged: ${outcome.skipped[0]?.reason ?? 'unknown reason'}.`;
      return;
    }
    mergeLog.add(decision);
    const detail: OpenEnvelopeDetail = { envelope: outcome.envelope, source: host.source };
    window.dispatchEvent(new CustomEvent(OPEN_ENVELOPE_EVENT, { detail }));
  });
  const exportButton = el(
    'button',
    { id: 'merges-export', disabled: mergeLog.list().length === 0 },
    'Export merges (JSON)',
  );
  exportButton.addEventListener('click', () =>
    download(
      new Blob([JSON.stringify(mergeLog.toFile(), null, 2)], { type: 'application/json' }),
      'trama-merges.json',
    ),
  );
  const list = el('ul', { id: 'merge-list', className: 'merge-list' });
  for (const m of mergeLog.list())
    list.append(
      el(
        'li',
        {},
        `${m.from} → ${graph.hasNode(m.into) ? nodeLabel(graph.getNodeAttributes(m.into)) : m.into}`,
      ),
    );
  container.replaceChildren(
    el(
      'p',
      { className: 'hint' },
      'Drag a node to move it; it stays pinned while the layout runs.',
    ),
    el('div', { className: 'row' }, el('span', { id: 'pinned-count' }, `${pinned} pinned`), unpin),
    into
      ? el('p', { className: 'hint' }, `Selected: ${nodeLabel(graph.getNodeAttributes(into))}`)
      : el('p', { className: 'hint' }, 'Select the entity to keep, then name its duplicate.'),
    from.field,
    el('div', { className: 'row tools' }, merge),
    message,
    list,
    el('div', { className: 'row tools' }, exportButton),
    el(
      'p',
      { className: 'hint' },
      'Apply on the next ingest: trama ingest … --merges trama-merges.json',
    ),
  );
}

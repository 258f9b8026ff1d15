/** A text field that names a node (by name, alias or key), with suggestions from the visible entities. */
import type { Visibility } from '../filters/visibility.js';
import type { TramaGraph } from '../graph/types.js';
import { nodeLabel } from '../render/reducers.js';
import { foldName } from '../schema.js';
import { el } from '../ui/dom.js';

/** At most this many suggestions in the datalist (the biggest nodes first). */
const SUGGESTIONS = 500;

/** The node a typed text names: a key, else the visible node whose name or alias matches. */
export function resolveNode(
  graph: TramaGraph,
  visibility: Visibility,
  text: string,
): string | null {
  const wanted = text.trim();
  if (!wanted) return null;
  if (graph.hasNode(wanted)) return wanted;
  const folded = foldName(wanted);
  for (const key of visibility.nodes) {
    const a = graph.getNodeAttributes(key);
    const names = [nodeLabel(a), ...(a.kind === 'entity' ? a.aliases : [])];
    if (names.some((n) => foldName(n) === folded)) return key;
  }
  return null;
}

export function nodePicker(
  id: string,
  label: string,
  graph: TramaGraph,
  visibility: () => Visibility,
): { field: HTMLElement; input: HTMLInputElement } {
  const list = el('datalist', { id: `${id}-options` });
  const input = el('input', {
    id,
    type: 'text',
    placeholder: 'name or key',
    autocomplete: 'off',
    'aria-label': label,
  });
  input.setAttribute('list', list.id);
  input.addEventListener(
    'focus',
    () => {
      const keys = [...visibility().nodes].sort((a, b) => graph.degree(b) - graph.degree(a));
      list.replaceChildren(
        ...keys
          .slice(0, SUGGESTIONS)
          .map((k) => el('option', { value: nodeLabel(graph.getNodeAttributes(k)) })),
      );
    },
    { once: true },
  );
  return {
    field: el('label', { className: 'picker' }, el('span', {}, label), input, list),
    input,
  };
}

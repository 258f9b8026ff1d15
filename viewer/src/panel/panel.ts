/** The right-hand panel: shows the selected node or edge, or hides itself. */
import type { Selection } from '../state/view-state.js';
import { renderEdgePanel } from './edge-panel.js';
import { renderNodePanel } from './node-panel.js';
import type { PanelContext } from './parts.js';

export interface Panel {
  show(selection: Selection): void;
}

export function mountPanel(container: HTMLElement, ctx: PanelContext): Panel {
  return {
    show(selection) {
      const valid =
        selection &&
        (selection.kind === 'node'
          ? ctx.graph.hasNode(selection.key)
          : ctx.graph.hasEdge(selection.key));
      if (!selection || !valid) {
        container.hidden = true;
        container.replaceChildren();
        return;
      }
      container.replaceChildren(
        ...(selection.kind === 'node'
          ? renderNodePanel(ctx, selection.key)
          : renderEdgePanel(ctx, selection.key)),
      );
      container.hidden = false;
      container.scrollTop = 0;
    },
  };
}

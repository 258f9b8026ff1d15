/**
 * Drag a node to move it; on release it is pinned (`fixed`, which ForceAtlas2 respects), so the
 * layout works around it. Dragging the background still pans. Sigma's downNode / mousemovebody
 * pattern: the camera is held still while a node is dragged, and the bounding box is frozen so the
 * rest of the graph does not rescale.
 */
import type Sigma from 'sigma';
import type { LayoutControl } from '../layout/fa2-control.js';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';

export interface DragControl {
  /** True between the release of a drag and the click the browser sends after it. */
  justDragged(): boolean;
  pinned(): string[];
  unpinAll(): void;
  destroy(): void;
}

type Pinnable = { fixed?: boolean };

export function enableNodeDrag(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  layout: LayoutControl,
  onPinned: () => void,
): DragControl {
  const graph = sigma.getGraph();
  const captor = sigma.getMouseCaptor();
  let dragged: string | null = null;
  let moved = false;
  let resumeLayout = false;
  let suppressClick = false;

  const onDown = ({ node }: { node: string }) => {
    dragged = node;
    moved = false;
    resumeLayout = layout.isRunning();
    if (resumeLayout) layout.stop();
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  };
  const onMove = (event: {
    x: number;
    y: number;
    preventSigmaDefault(): void;
    original: Event;
  }) => {
    if (!dragged) return;
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y } as Partial<NodeAttributes>);
    moved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  };
  const onUp = () => {
    if (!dragged) return;
    if (moved) {
      // The click that follows the release is not a selection.
      suppressClick = true;
      window.setTimeout(() => (suppressClick = false), 0);
      graph.mergeNodeAttributes(dragged, { fixed: true } as Partial<NodeAttributes> & Pinnable);
      onPinned();
    }
    dragged = null;
    if (resumeLayout) layout.start();
    resumeLayout = false;
  };
  sigma.on('downNode', onDown);
  captor.on('mousemovebody', onMove);
  captor.on('mouseup', onUp);
  return {
    justDragged: () => suppressClick,
    pinned: () => graph.filterNodes((_key, a) => Boolean((a as NodeAttributes & Pinnable).fixed)),
    unpinAll() {
      graph.forEachNode((key, a) => {
        if ((a as NodeAttributes & Pinnable).fixed)
          graph.removeNodeAttribute(key, 'fixed' as never);
      });
      if (layout.isRunning()) {
        layout.stop();
        layout.start();
      }
      onPinned();
    },
    destroy() {
      sigma.off('downNode', onDown);
      captor.off('mousemovebody', onMove);
      captor.off('mouseup', onUp);
    },
  };
}

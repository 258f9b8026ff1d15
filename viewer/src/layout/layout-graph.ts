/**
 * The graph ForceAtlas2 runs on: only the nodes that are laid out (entities on open, the visible nodes
 * when the user runs it), only the edges between them, each node with a size so `adjustSizes` keeps
 * discs apart. Nodes left out (articles, dates, quantities, anything hidden) do not pull the others;
 * they are put beside their neighbours afterwards.
 */
import { MultiUndirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';
import type { TramaGraph } from '../graph/types.js';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';

export interface LayoutNode {
  x: number;
  y: number;
  size: number;
  /** Pinned by the user (curation/drag.ts): ForceAtlas2 leaves it where it is. */
  fixed?: boolean;
}

/** Only edges that are relations pull: "mentioned in" and co-occurrence are not structure. */
export function pullsInLayout(a: EdgeAttributes): boolean {
  return a.kind === 'relation';
}

export function layoutGraph(
  graph: TramaGraph,
  include: (key: string, a: NodeAttributes) => boolean,
  size: (key: string) => number,
): Graph<LayoutNode> {
  const sub = new MultiUndirectedGraph<LayoutNode>({ allowSelfLoops: false });
  graph.forEachNode((key, a) => {
    if (!include(key, a)) return;
    const pinned = (a as NodeAttributes & { fixed?: boolean }).fixed === true;
    sub.addNode(key, {
      x: a.x ?? 0,
      y: a.y ?? 0,
      size: size(key),
      ...(pinned ? { fixed: true } : {}),
    });
  });
  graph.forEachEdge((_edge, a, source, target) => {
    if (pullsInLayout(a) && source !== target && sub.hasNode(source) && sub.hasNode(target))
      sub.addEdge(source, target);
  });
  return sub;
}

/** Copies the laid-out positions back onto the viewer's graph (one update event). */
export function copyPositions(sub: Graph<LayoutNode>, graph: TramaGraph): void {
  graph.updateEachNodeAttributes(
    (key, a) => {
      if (!sub.hasNode(key)) return a;
      const p = sub.getNodeAttributes(key);
      return { ...a, x: p.x, y: p.y };
    },
    { attributes: ['x', 'y'] },
  );
}

/**
 * Puts each node that was not laid out at the centre of its laid-out neighbours, pushed out by a
 * fixed, key-derived offset (`jitter`), so articles sit among their entities, dates by their events.
 * Nodes with no laid-out neighbour keep their place.
 */
export function placeBesideNeighbours(
  graph: TramaGraph,
  laidOut: (key: string) => boolean,
  jitter: (key: string) => { dx: number; dy: number },
): void {
  const places = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key) => {
    if (laidOut(key)) return;
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(key, (other, b) => {
      if (!laidOut(other)) return;
      x += b.x ?? 0;
      y += b.y ?? 0;
      n++;
    });
    if (n === 0) return;
    const { dx, dy } = jitter(key);
    places.set(key, { x: x / n + dx, y: y / n + dy });
  });
  if (places.size === 0) return;
  graph.updateEachNodeAttributes(
    (key, a) => {
      const p = places.get(key);
      return p ? { ...a, x: p.x, y: p.y } : a;
    },
    { attributes: ['x', 'y'] },
  );
}

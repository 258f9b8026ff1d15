/**
 * Positions for graphs saved without them: a seeded scatter, then (for graphs small enough to do it
 * quickly) a fixed number of synchronous ForceAtlas2 iterations over the entities and their relations
 * only, so the same file always opens the same way, camera positions in the URL stay meaningful after
 * a reload, and hidden articles, dates and quantities do not pull the entities together. Those are
 * then put beside their neighbours.
 */
import { forceAtlas2 } from './fa2-modules.js';
import type { TramaGraph } from '../graph/types.js';
import {
  copyPositions,
  layoutGraph,
  placeBesideNeighbours,
  pullsInLayout,
} from './layout-graph.js';
import type { AbstractGraph as Graph } from 'graphology-types';

/** FNV-1a hash of the key to a number in [0, 1): the same node always starts at the same place. */
export function unitHash(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

/** Nodes times iterations we are willing to spend before the first frame. */
const SYNC_BUDGET = 400_000;
const MAX_ITERATIONS = 300;
/** Distance of a value node from the centre of its entities, in layout units. */
const BESIDE_DISTANCE = 18;

export function syncIterations(graph: Pick<TramaGraph, 'order' | 'size'>): number {
  const work = graph.order + graph.size;
  return Math.min(MAX_ITERATIONS, Math.floor(SYNC_BUDGET / Math.max(1, work)));
}

/** A fixed offset per key, for nodes placed beside their neighbours. */
export function besideOffset(key: string): { dx: number; dy: number } {
  const t = 2 * Math.PI * unitHash(key, 3);
  return { dx: BESIDE_DISTANCE * Math.cos(t), dy: BESIDE_DISTANCE * Math.sin(t) };
}

/**
 * Places every node; returns how many ForceAtlas2 iterations were run (0 for large graphs).
 * `size` is each node's drawn size, so the layout keeps discs apart.
 */
export function assignInitialPositions(graph: TramaGraph, size: (key: string) => number): number {
  let entities = 0;
  graph.forEachNode((_key, a) => {
    if (a.kind === 'entity') entities++;
  });
  const radius = Math.sqrt(entities || graph.order) * 10;
  graph.updateEachNodeAttributes(
    (key, a) => {
      // Polar scatter: uniform in a disc.
      const r = radius * Math.sqrt(unitHash(key, 1));
      const t = 2 * Math.PI * unitHash(key, 2);
      return { ...a, x: r * Math.cos(t), y: r * Math.sin(t) };
    },
    { attributes: ['x', 'y'] },
  );
  const isEntity = (key: string) => graph.getNodeAttribute(key, 'kind') === 'entity';
  // Large graphs get no synchronous layout: decide before copying (or even counting) anything.
  if (entities === 0 || syncIterations({ order: entities, size: 0 }) < 20) return 0;
  let pulling = 0;
  graph.forEachEdge((_edge, a, source, target, sa, ta) => {
    if (pullsInLayout(a) && source !== target && sa.kind === 'entity' && ta.kind === 'entity')
      pulling++;
  });
  const iterations = syncIterations({ order: entities, size: pulling });
  if (iterations < 20) return 0;
  const sub = layoutGraph(graph, (_key, a) => a.kind === 'entity', size);
  forceAtlas2.assign(sub, { iterations, settings: layoutSettings(sub) });
  copyPositions(sub, graph);
  placeBesideNeighbours(graph, isEntity, besideOffset);
  return iterations;
}

/**
 * ForceAtlas2 settings: the library's inferred ones (Barnes-Hut on large graphs), with `adjustSizes`
 * on small ones so discs do not overlap, and a larger scaling so labels have room.
 */
export function layoutSettings(graph: Pick<Graph, 'order'>) {
  const inferred = forceAtlas2.inferSettings(graph.order);
  const small = graph.order <= 2000;
  return {
    ...inferred,
    adjustSizes: small,
    // On small graphs: a larger scaling, and strong gravity that keeps nodes without relations near
    // the rest instead of on a far ring (large graphs keep the inferred values).
    ...(small ? { scalingRatio: 20, gravity: 0.6 } : {}),
    edgeWeightInfluence: 0.5,
  };
}

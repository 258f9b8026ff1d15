/**
 * Positions for graphs saved without them: a seeded scatter, then (for graphs small enough to do it
 * quickly) a fixed number of synchronous ForceAtlas2 iterations, so the same file always opens the
 * same way and camera positions in the URL stay meaningful after a reload.
 */
import { forceAtlas2 } from './fa2-modules.js';
import type { TramaGraph } from '../graph/types.js';

/** FNV-1a hash of the key to a number in [0, 1): the same node always starts at the same place. */
function unitHash(text: string, salt: number): number {
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

export function syncIterations(graph: TramaGraph): number {
  const work = graph.order + graph.size;
  return Math.min(MAX_ITERATIONS, Math.floor(SYNC_BUDGET / Math.max(1, work)));
}

/** Places every node; returns how many ForceAtlas2 iterations were run (0 for large graphs). */
export function assignInitialPositions(graph: TramaGraph): number {
  const radius = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes(
    (key, a) => {
      // Polar scatter: uniform in a disc.
      const r = radius * Math.sqrt(unitHash(key, 1));
      const t = 2 * Math.PI * unitHash(key, 2);
      return { ...a, x: r * Math.cos(t), y: r * Math.sin(t) };
    },
    { attributes: ['x', 'y'] },
  );
  const iterations = syncIterations(graph);
  if (iterations < 20) return 0;
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph) });
  return iterations;
}

export function layoutSettings(graph: TramaGraph) {
  return { ...forceAtlas2.inferSettings(graph), adjustSizes: false, edgeWeightInfluence: 0.5 };
}

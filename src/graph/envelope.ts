/** Graph ⇄ versioned file envelope, with nodes and edges in key order so equal graphs give equal files. */
import {
  makeEnvelope,
  validateGraphEnvelope,
  type EdgeAttributes,
  type GraphEnvelope,
  type NodeAttributes,
} from '../schema/index.js';
import { GENERATOR } from '../version.js';
import { createGraph, sortForWrite, type TramaGraph } from './assemble.js';

const byKey = <T extends { key: string }>(a: T, b: T): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

export function toEnvelope(graph: TramaGraph, origin: string): GraphEnvelope {
  graph.forEachNode((_, attributes) => sortForWrite(attributes));
  graph.forEachEdge((_, attributes) => sortForWrite(attributes));
  const exported = graph.export();
  const nodes = (exported.nodes ?? [])
    .map((n) => ({ key: n.key, attributes: n.attributes as NodeAttributes }))
    .sort(byKey);
  const edges = (exported.edges ?? [])
    .map((e) => ({
      key: e.key!,
      source: e.source,
      target: e.target,
      attributes: e.attributes as EdgeAttributes,
    }))
    .sort(byKey);
  return makeEnvelope({ generator: GENERATOR, origin, nodes, edges });
}

export function fromEnvelope(envelope: GraphEnvelope, where = 'fromEnvelope'): TramaGraph {
  const valid = validateGraphEnvelope(envelope, where);
  const graph = createGraph();
  graph.import(valid.graph as unknown as Parameters<TramaGraph['import']>[0]);
  return graph;
}

export function serializeEnvelope(envelope: GraphEnvelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** makeEnvelope: the one builder of graph envelopes, used by every writer. */
import { describe, expect, it } from 'vitest';
import { createGraph, envelopeHead, toEnvelope } from '../../src/graph/index.js';
import { generateSyntheticGraph } from '../../src/graph/synthetic.js';
import {
  applyMerges,
  GRAPH_FORMAT,
  GRAPH_OPTIONS,
  GRAPH_VERSION,
  countGraph,
  makeEnvelope,
  validateGraphEnvelope,
  type GraphEnvelope,
} from '../../src/schema/index.js';
import { buildViewerSampleGraph } from '../fixtures/viewer-graphs.js';

const FIELD_ORDER = ['format', 'version', 'meta', 'graph'];
const META_ORDER = ['generator', 'origin', 'articleCount', 'entityCount', 'relationCount'];
const GRAPH_ORDER = ['attributes', 'options', 'nodes', 'edges'];

function expectShape(envelope: GraphEnvelope): void {
  expect(Object.keys(envelope)).toEqual(FIELD_ORDER);
  expect(Object.keys(envelope.meta)).toEqual(META_ORDER);
  expect(Object.keys(envelope.graph)).toEqual(GRAPH_ORDER);
}

describe('makeEnvelope', () => {
  const sample = buildViewerSampleGraph();

  it('counts article and entity nodes and relation edges from their kinds', () => {
    const { nodes, edges } = sample.graph;
    const envelope = makeEnvelope({ generator: 'g', origin: 'o', nodes, edges });
    expectShape(envelope);
    expect(envelope.format).toBe(GRAPH_FORMAT);
    expect(envelope.version).toBe(GRAPH_VERSION);
    expect(envelope.meta).toEqual({
      generator: 'g',
      origin: 'o',
      articleCount: 2,
      entityCount: nodes.filter((n) => n.attributes.kind === 'entity').length,
      relationCount: edges.filter((e) => e.attributes.kind === 'relation').length,
    });
    // Dates and MENTIONED_IN edges are in the graph but not in the counts.
    expect(nodes.some((n) => n.attributes.kind === 'date')).toBe(true);
    expect(envelope.meta.entityCount).toBeLessThan(nodes.length - 2);
    expect(envelope.graph.options).toEqual(GRAPH_OPTIONS);
    expect(envelope.graph.attributes).toEqual({});
    expect(validateGraphEnvelope(envelope)).toEqual(envelope);
  });

  it('writes given counts instead of counted ones, one at a time', () => {
    const { nodes, edges } = sample.graph;
    const counted = countGraph(
      nodes.map((n) => n.attributes),
      edges.map((e) => e.attributes),
    );
    const envelope = makeEnvelope({
      generator: 'g',
      origin: 'o',
      nodes,
      edges,
      counts: { articleCount: 7 },
    });
    expect(envelope.meta).toMatchObject({ ...counted, articleCount: 7 });
    expectShape(envelope);
  });

  it('keeps graph attributes and options it is given', () => {
    const options = { type: 'mixed', multi: false, allowSelfLoops: true } as const;
    const envelope = makeEnvelope({
      generator: 'g',
      origin: 'o',
      nodes: [],
      edges: [],
      attributes: { name: 'x' },
      options,
    });
    expect(envelope.graph.attributes).toEqual({ name: 'x' });
    expect(envelope.graph.options).toEqual(options);
    expectShape(envelope);
  });
});

describe('every writer goes through makeEnvelope', () => {
  it('toEnvelope, the streaming head, merges and synthetic graphs have the same fields in order', () => {
    const synthetic = generateSyntheticGraph({ nodes: 20, edges: 40, seed: 3 });
    const sample = buildViewerSampleGraph();
    const [a, b] = sample.graph.nodes.filter((n) => n.attributes.kind === 'entity');
    const merged = applyMerges(sample, [{ into: a!.key, from: b!.key }]).envelope;
    for (const envelope of [synthetic, toEnvelope(createGraph(), 'test'), merged])
      expectShape(envelope);
    expect(Object.keys(envelopeHead(createGraph(), 'test'))).toEqual(FIELD_ORDER);
    // A merge folds entities together; the article count stays the file's.
    expect(merged.meta.entityCount).toBe(sample.meta.entityCount - 1);
    expect(merged.meta.articleCount).toBe(sample.meta.articleCount);
    expect(synthetic.meta).toMatchObject({ articleCount: 0, entityCount: 20 });
  });
});

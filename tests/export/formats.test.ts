import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/export/index.js';
import { fromEnvelope } from '../../src/graph/index.js';
import { finalizeArticle } from '../../src/ingest/index.js';
import { addExtraction, createGraph, toEnvelope } from '../../src/graph/index.js';
import { extractWithKnowledge } from '../../src/pipeline/index.js';
import { parseGraphEnvelope, type GraphEnvelope } from '../../src/schema/index.js';

const TEXT =
  'Cumbre en Madrid\n\nEl presidente de Francia, Emmanuel Macron, se reunió con el rey Felipe VI en Madrid. Según la agencia EFE, Macron elogió a España.';

describe('export formats', () => {
  let envelope: GraphEnvelope;
  beforeAll(() => {
    const graph = createGraph();
    addExtraction(
      graph,
      extractWithKnowledge(finalizeArticle({ source: 'test', text: TEXT, format: 'txt' })),
    );
    envelope = toEnvelope(graph, 'test');
  });

  it('json round-trips through validation to the same graph', () => {
    const [file] = EXPORT_FORMATS.json!.write(envelope);
    const back = parseGraphEnvelope(file!.content, 'roundtrip.json');
    expect(back).toEqual(envelope);
    expect(fromEnvelope(back).order).toBe(envelope.graph.nodes.length);
  });

  it('gexf and graphml parse back with every node, edge and label', () => {
    for (const [name, parse] of [
      ['gexf', parseGexf],
      ['graphml', parseGraphml],
    ] as const) {
      const [file] = EXPORT_FORMATS[name]!.write(envelope);
      const graph = parse(MultiDirectedGraph, file!.content);
      expect(graph.order, name).toBe(envelope.graph.nodes.length);
      expect(graph.size, name).toBe(envelope.graph.edges.length);
      const macron = envelope.graph.nodes.find((n) => n.attributes.name === 'Emmanuel Macron')!;
      expect(graph.getNodeAttribute(macron.key, 'label'), name).toBe('Emmanuel Macron');
    }
  });

  it('csv gives neo4j-admin node and relationship files with headers and one row per item', () => {
    const files = EXPORT_FORMATS.csv!.write(envelope);
    const nodes = parseCsv(files.find((f) => f.name === 'nodes.csv')!.content) as string[][];
    const rels = parseCsv(files.find((f) => f.name === 'relationships.csv')!.content) as string[][];
    expect(nodes[0]!.slice(0, 3)).toEqual(['id:ID', ':LABEL', 'name']);
    expect(rels[0]!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(nodes.length - 1).toBe(envelope.graph.nodes.length);
    expect(rels.length - 1).toBe(envelope.graph.edges.length);
    expect(nodes.find((r) => r[2] === 'Emmanuel Macron')![1]).toBe('Entity;Person');
  });
});

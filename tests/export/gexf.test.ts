/**
 * One GEXF mapping: `trama export --format gexf` and the viewer's GEXF download write the same
 * attribute columns, with the same types, labels, weights and values for the same graph; the viewer
 * adds only drawing (colours, sizes, positions).
 */
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '../../src/export/index.js';
import { LIST_SEPARATOR, type GraphEnvelope } from '../../src/schema/index.js';
import { toGexf } from '../../viewer/src/export/gexf.js';
import { buildGraphEnvelope } from '../fixtures/graph-builder.js';
import { buildViewerSampleGraph } from '../fixtures/viewer-graphs.js';

// The viewer imports graphology-gexf's browser entry, whose parser needs the DOM's DOMParser at load;
// its `write` is the same module (graphology-gexf/common/writer.js) as the Node entry's.
vi.mock('graphology-gexf/browser/index.js', () => import('graphology-gexf'));

const VIZ = new Set(['x', 'y', 'z', 'size', 'color', 'shape', 'thickness']);

/** The `<attribute>` declarations of one class, as written. */
function declarations(gexf: string, kind: 'node' | 'edge'): string[] {
  const block = new RegExp(`<attributes class="${kind}">([\\s\\S]*?)</attributes>`).exec(gexf);
  return [...(block?.[1] ?? '').matchAll(/<attribute [^>]*\/>/g)].map((m) => m[0]);
}

function dataOf(graph: MultiDirectedGraph, key: string, isEdge: boolean): Record<string, unknown> {
  const a = isEdge ? graph.getEdgeAttributes(key) : graph.getNodeAttributes(key);
  return Object.fromEntries(Object.entries(a).filter(([name]) => !VIZ.has(name)));
}

describe('GEXF: CLI export and viewer download', () => {
  const envelope: GraphEnvelope = buildViewerSampleGraph();
  const cli = EXPORT_FORMATS.gexf!.write(envelope)[0]!.content;
  const sizes = new Map(envelope.graph.nodes.map((n, i) => [n.key, 3 + (i % 5)]));
  const viewer = toGexf(envelope, sizes);

  it('declare the same node and edge attributes with the same types', () => {
    for (const kind of ['node', 'edge'] as const) {
      expect(declarations(cli, kind).length, kind).toBeGreaterThan(3);
      expect(declarations(viewer, kind), kind).toEqual(declarations(cli, kind));
    }
    expect(declarations(cli, 'edge').join('\n')).toMatch(/id="evidence"[^>]*type="string"/);
    expect(declarations(cli, 'edge').join('\n')).toMatch(/id="confidence"[^>]*type="double"/);
  });

  it('give every node and edge the same label, weight and attribute values', () => {
    const fromCli = parse(MultiDirectedGraph, cli);
    const fromViewer = parse(MultiDirectedGraph, viewer);
    expect(fromViewer.order).toBe(envelope.graph.nodes.length);
    expect(fromViewer.size).toBe(envelope.graph.edges.length);
    for (const n of envelope.graph.nodes)
      expect(dataOf(fromViewer, n.key, false), n.key).toEqual(dataOf(fromCli, n.key, false));
    for (const e of envelope.graph.edges)
      expect(dataOf(fromViewer, e.key, true), e.key).toEqual(dataOf(fromCli, e.key, true));
  });

  it('flatten evidence to its sentences and weigh a relation by them', () => {
    const twice = buildGraphEnvelope({
      articles: [
        { title: 'Dos visitas', text: 'Ana Mora visitó Valdoria. Ana Mora volvió a Valdoria.' },
      ],
      entities: [
        { key: 'person:ana-mora', type: 'Person', name: 'Ana Mora' },
        { key: 'country:valdoria', type: 'Country', name: 'Valdoria' },
      ],
      relations: [0, 1].map((sentence) => ({
        subject: 'person:ana-mora',
        predicate: 'VISITED' as const,
        object: 'country:valdoria',
        article: 0,
        sentence,
      })),
    });
    const key = 'person:ana-mora|VISITED|country:valdoria';
    for (const text of [EXPORT_FORMATS.gexf!.write(twice)[0]!.content, toGexf(twice, new Map())]) {
      const written = parse(MultiDirectedGraph, text).getEdgeAttributes(key);
      expect(written.evidence).toBe(
        ['Ana Mora visitó Valdoria.', 'Ana Mora volvió a Valdoria.'].join(LIST_SEPARATOR),
      );
      expect(written.weight).toBe(2);
      expect(written.label).toBe('VISITED');
    }
  });

  it('the viewer adds its drawing: colours, sizes and positions', () => {
    const graph = parse(MultiDirectedGraph, viewer);
    const first = envelope.graph.nodes[0]!;
    expect(graph.getNodeAttribute(first.key, 'size')).toBe(sizes.get(first.key));
    expect(graph.getNodeAttribute(first.key, 'color')).toMatch(/^#|rgb/);
    expect(cli).not.toContain('viz:');
  });
});

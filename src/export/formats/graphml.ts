/** GraphML writer (graphology-graphml only parses): keys declared from the flat attribute views. */
import { create } from 'xmlbuilder2';
import {
  flattenEdge,
  flattenNode,
  type FlatAttributes,
  type FlatValue,
} from '../../schema/index.js';
import type { ExportFormat } from './types.js';

type Domain = 'node' | 'edge';

const typeOf = (v: FlatValue): string =>
  typeof v === 'number'
    ? Number.isInteger(v)
      ? 'long'
      : 'double'
    : typeof v === 'boolean'
      ? 'boolean'
      : 'string';

export const graphmlFormat: ExportFormat = {
  name: 'graphml',
  description: 'GraphML for yEd, Cytoscape, NetworkX (lists joined with " | ")',
  multiFile: false,
  extension: '.graphml',
  write: (envelope) => {
    const nodes = envelope.graph.nodes.map((n) => ({
      key: n.key,
      attrs: flattenNode(n.attributes),
    }));
    const edges = envelope.graph.edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      attrs: flattenEdge(e.attributes),
    }));
    const keys = new Map<string, { domain: Domain; name: string; type: string }>();
    const declare = (domain: Domain, attrs: FlatAttributes): void => {
      for (const [name, value] of Object.entries(attrs)) {
        const id = `${domain[0]}_${name}`;
        const prev = keys.get(id);
        const type = typeOf(value);
        keys.set(id, {
          domain,
          name,
          type:
            prev && prev.type !== type
              ? prev.type === 'long' && type === 'double'
                ? 'double'
                : 'string'
              : type,
        });
      }
    };
    nodes.forEach((n) => declare('node', n.attrs));
    edges.forEach((e) => declare('edge', e.attrs));
    const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
      xmlns: 'http://graphml.graphdrawing.org/xmlns',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
    });
    for (const [id, k] of keys)
      root.ele('key', { id, for: k.domain, 'attr.name': k.name, 'attr.type': k.type });
    const graph = root.ele('graph', { id: 'trama', edgedefault: 'directed' });
    for (const n of nodes) {
      const el = graph.ele('node', { id: n.key });
      for (const [name, value] of Object.entries(n.attrs))
        el.ele('data', { key: `n_${name}` }).txt(String(value));
    }
    for (const e of edges) {
      const el = graph.ele('edge', { id: e.key, source: e.source, target: e.target });
      for (const [name, value] of Object.entries(e.attrs))
        el.ele('data', { key: `e_${name}` }).txt(String(value));
    }
    return [{ name: '', content: root.end({ prettyPrint: true }) }];
  },
};

/**
 * The graph file, piece by piece: the same text as `serializeEnvelope(toEnvelope(graph))` (pretty) or
 * its compact form, without ever holding the whole file — or the sorted node and edge lists — as one
 * value. Nodes and edges are written in key order, each serialised on its own.
 */
import { GRAPH_FORMAT, GRAPH_VERSION, type GraphEnvelope } from '../schema/index.js';
import { GENERATOR } from '../version.js';
import { sortForWrite, type TramaGraph } from './assemble.js';

export interface EnvelopeTextOptions {
  /** Indent by two spaces like `JSON.stringify(…, null, 2)`; compact when false. */
  pretty: boolean;
  /** Pieces are gathered into chunks of about this many characters. */
  chunkChars?: number;
}

export function graphMeta(graph: TramaGraph, origin: string): GraphEnvelope['meta'] {
  let articleCount = 0;
  let entityCount = 0;
  let relationCount = 0;
  graph.forEachNode((_, a) => {
    if (a.kind === 'article') articleCount++;
    else if (a.kind === 'entity') entityCount++;
  });
  graph.forEachEdge((_, a) => {
    if (a.kind === 'relation') relationCount++;
  });
  return { generator: GENERATOR, origin, articleCount, entityCount, relationCount };
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Text chunks of the graph file (ending with a newline). Sorts the graph's lists in place first. */
export function* envelopeText(
  graph: TramaGraph,
  origin: string,
  options: EnvelopeTextOptions,
): Generator<string> {
  const { pretty } = options;
  const chunkChars = options.chunkChars ?? 1 << 16;
  const json = (value: unknown, depth: number): string =>
    pretty
      ? JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`)
      : JSON.stringify(value);
  const nl = (depth: number): string => (pretty ? `\n${'  '.repeat(depth)}` : '');
  const field = (name: string, value: unknown, depth: number): string =>
    `${nl(depth)}${JSON.stringify(name)}:${pretty ? ' ' : ''}${json(value, depth)}`;

  let buffer = '';
  const list = function* (
    name: string,
    keys: string[],
    element: (key: string) => unknown,
  ): Generator<string> {
    buffer += `${nl(2)}"${name}":${pretty ? ' ' : ''}[`;
    if (keys.length === 0) {
      buffer += ']';
      return;
    }
    keys.sort(byString);
    for (const [i, key] of keys.entries()) {
      buffer += `${i ? ',' : ''}${nl(3)}${json(element(key), 3)}`;
      if (buffer.length >= chunkChars) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += `${nl(2)}]`;
  };

  buffer += '{';
  buffer += `${field('format', GRAPH_FORMAT, 1)},`;
  buffer += `${field('version', GRAPH_VERSION, 1)},`;
  buffer += `${field('meta', graphMeta(graph, origin), 1)},`;
  buffer += `${nl(1)}"graph":${pretty ? ' ' : ''}{`;
  buffer += `${field('attributes', {}, 2)},`;
  buffer += `${field('options', { type: 'directed', multi: true, allowSelfLoops: false }, 2)},`;
  yield* list('nodes', graph.nodes(), (key) => {
    const attributes = graph.getNodeAttributes(key);
    sortForWrite(attributes);
    return { key, attributes };
  });
  buffer += ',';
  yield* list('edges', graph.edges(), (key) => {
    const attributes = graph.getEdgeAttributes(key);
    sortForWrite(attributes);
    return { key, source: graph.source(key), target: graph.target(key), attributes };
  });
  buffer += `${nl(1)}}${nl(0)}}\n`;
  yield buffer;
}

/**
 * The graph file, piece by piece: the same text as `serializeEnvelope(toEnvelope(graph))` (pretty) or
 * its compact form, without ever holding the whole file — or the sorted node and edge lists — as one
 * value. Nodes and edges are written in key order, each serialised on its own.
 */
import { countGraph, makeEnvelope, type GraphCounts, type GraphEnvelope } from '../schema/index.js';
import { GENERATOR } from '../version.js';
import { sortForWrite, type TramaGraph } from './assemble.js';

export interface EnvelopeTextOptions {
  /** Indent by two spaces like `JSON.stringify(…, null, 2)`; compact when false. */
  pretty: boolean;
  /** Pieces are gathered into chunks of about this many characters. */
  chunkChars?: number;
}

function* attributesOf<A>(entries: Iterable<{ attributes: A }>): Generator<A> {
  for (const entry of entries) yield entry.attributes;
}

/**
 * The envelope with empty node and edge lists and the graph's counts: every field but the two lists,
 * from the same `makeEnvelope` as the whole file.
 */
export function envelopeHead(graph: TramaGraph, origin: string): GraphEnvelope {
  return headWithCounts(
    origin,
    countGraph(attributesOf(graph.nodeEntries()), attributesOf(graph.edgeEntries())),
  );
}

/** The same head from counts made elsewhere (a graph assembled on disk). */
export function headWithCounts(origin: string, counts: GraphCounts): GraphEnvelope {
  return makeEnvelope({ generator: GENERATOR, origin, nodes: [], edges: [], counts });
}

/** Key order of the file's node and edge lists. */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A value as the file holds it at `depth` (3 for a node or an edge): compact JSON, or indented by two
 * spaces per level like `JSON.stringify(…, null, 2)` of the whole envelope.
 */
export function elementJson(value: unknown, pretty: boolean, depth = 3): string {
  return pretty
    ? JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`)
    : JSON.stringify(value);
}

/** Text chunks of the graph file (ending with a newline). Sorts the graph's lists in place first. */
export function envelopeText(
  graph: TramaGraph,
  origin: string,
  options: EnvelopeTextOptions,
): Generator<string> {
  const texts = function* (keys: string[], element: (key: string) => unknown): Generator<string> {
    keys.sort(byString);
    for (const key of keys) yield elementJson(element(key), options.pretty);
  };
  return envelopeChunks(
    envelopeHead(graph, origin),
    texts(graph.nodes(), (key) => {
      const attributes = graph.getNodeAttributes(key);
      sortForWrite(attributes);
      return { key, attributes };
    }),
    texts(graph.edges(), (key) => {
      const attributes = graph.getEdgeAttributes(key);
      sortForWrite(attributes);
      return { key, source: graph.source(key), target: graph.target(key), attributes };
    }),
    options,
  );
}

/**
 * Text chunks of a graph file from its head (every field but the two lists) and its nodes and edges,
 * each already in the file's form (`elementJson`) and in key order.
 */
export function* envelopeChunks(
  envelope: GraphEnvelope,
  nodes: Iterable<string>,
  edges: Iterable<string>,
  options: EnvelopeTextOptions,
): Generator<string> {
  const { pretty } = options;
  const chunkChars = options.chunkChars ?? 1 << 16;
  const nl = (depth: number): string => (pretty ? `\n${'  '.repeat(depth)}` : '');
  const field = (name: string, value: unknown, depth: number): string =>
    `${nl(depth)}${JSON.stringify(name)}:${pretty ? ' ' : ''}${elementJson(value, pretty, depth)}`;

  let buffer = '';
  const list = function* (name: string, texts: Iterable<string>): Generator<string> {
    buffer += `${nl(2)}"${name}":${pretty ? ' ' : ''}[`;
    let first = true;
    for (const text of texts) {
      buffer += `${first ? '' : ','}${nl(3)}${text}`;
      first = false;
      if (buffer.length >= chunkChars) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += first ? ']' : `${nl(2)}]`;
  };

  // Every field of the head in its order; the graph's node and edge lists, last, piece by piece.
  const { graph: head, ...top } = envelope;
  const { nodes: _nodes, edges: _edges, ...graphFields } = head;
  buffer += '{';
  for (const [name, value] of Object.entries(top)) buffer += `${field(name, value, 1)},`;
  buffer += `${nl(1)}"graph":${pretty ? ' ' : ''}{`;
  for (const [name, value] of Object.entries(graphFields)) buffer += `${field(name, value, 2)},`;
  yield* list('nodes', nodes);
  buffer += ',';
  yield* list('edges', edges);
  buffer += `${nl(1)}}${nl(0)}}\n`;
  yield buffer;
}

/** The streamed graph file is the text `JSON.stringify` gives for the whole envelope, pretty or compact. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createGraph,
  envelopeText,
  fromEnvelope,
  serializeEnvelope,
  toEnvelope,
} from '../../src/graph/index.js';
import { generateSyntheticGraph } from '../../src/graph/synthetic.js';
import { writeChunksAtomic } from '../../src/io/atomic-write.js';
import { parseGraphEnvelope } from '../../src/schema/index.js';

const dir = await mkdtemp(join(tmpdir(), 'trama-envelope-stream-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('envelopeText', () => {
  const graph = fromEnvelope(generateSyntheticGraph({ nodes: 300, edges: 1200, seed: 7 }));

  it('pretty: byte-identical to serializeEnvelope(toEnvelope(graph)), whatever the chunk size', () => {
    const expected = serializeEnvelope(toEnvelope(graph, 'test'));
    for (const chunkChars of [1, 100, 1 << 16])
      expect([...envelopeText(graph, 'test', { pretty: true, chunkChars })].join('')).toBe(
        expected,
      );
  });

  it('compact: JSON.stringify of the same envelope, one line', () => {
    const text = [...envelopeText(graph, 'test', { pretty: false })].join('');
    expect(text).toBe(`${JSON.stringify(toEnvelope(graph, 'test'))}\n`);
    expect(text.split('\n')).toHaveLength(2);
  });

  it('an empty graph', () => {
    const empty = createGraph();
    expect([...envelopeText(empty, 'test', { pretty: true })].join('')).toBe(
      serializeEnvelope(toEnvelope(empty, 'test')),
    );
  });

  it('written in chunks and read back from bytes gives the same envelope', async () => {
    const path = join(dir, 'graph.json');
    await writeChunksAtomic(path, envelopeText(graph, 'test', { pretty: false, chunkChars: 4096 }));
    const back = parseGraphEnvelope(await readFile(path), path);
    expect(back).toEqual(toEnvelope(graph, 'test'));
  });
});

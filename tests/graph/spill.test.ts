/**
 * Assembly on disk gives the file assembly in memory gives, byte for byte, however the steps are
 * spread over partitions; and it leaves nothing behind. Invented articles that share people, places
 * and dates, and state one symmetric relation in both directions (which must merge into one edge).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpillAssembler, addExtraction, createGraph, envelopeText } from '../../src/graph/index.js';
import { finalizeArticle } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/nlp/resources.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { Extraction } from '../../src/schema/index.js';
import { tempDirSync } from '../helpers/temp-dir.js';

const TEXTS = [
  'Reunión en Valdemora\n\nLa ministra de Cultura, Ana Ruiz Prado, se reunió el 3 de marzo de 2024 con Luis Gómez Barral en Valdemora. Ruiz Prado anunció 30 millones de euros para el Museo del Agua.',
  'Segunda visita\n\nLuis Gómez Barral se reunió con Ana Ruiz Prado en Madrid el 3 de marzo de 2024. Gómez Barral, presidente del Partido Verde Unido (PVU), criticó a la ministra.',
  'Acuerdo\n\nEl Partido Verde Unido firmó un acuerdo con el Gobierno de España. Ana Ruiz criticó a Luis Gómez Barral en Madrid.',
  'Sin nombres\n\nLlovió toda la tarde del martes.',
];

const knowledge = loadKnowledge('es');
const extractions: Extraction[] = TEXTS.map((text, i) =>
  extractArticle(finalizeArticle({ source: `spill/${i}.txt`, text, format: 'txt' }), knowledge),
);

const inMemory = (pretty: boolean): string => {
  const graph = createGraph();
  for (const x of extractions) addExtraction(graph, x);
  return [...envelopeText(graph, 'test', { pretty })].join('');
};

const parent = tempDirSync('trama-spill-test-');

describe('SpillAssembler', () => {
  it('writes the same file as assembly in memory, for any number of partitions', () => {
    // The articles do share nodes and edges, and one relation is stated both ways.
    const graph = createGraph();
    for (const x of extractions) addExtraction(graph, x);
    expect(graph.order).toBeGreaterThan(10);
    expect(graph.someEdge((_, a) => a.kind === 'relation' && a.evidence.length > 1)).toBe(true);
    for (const pretty of [false, true]) {
      const expected = inMemory(pretty);
      // 300 bytes: every partition is split again, and again, before it is replayed.
      for (const [partitions, splitBytes] of [[1], [3], [64], [2, 300]] as const) {
        const spill = new SpillAssembler({
          dir: parent,
          partitions,
          ...(splitBytes === undefined ? {} : { splitBytes }),
        });
        for (const x of extractions) spill.add(x);
        const text = [...spill.envelopeText('test', { pretty, chunkChars: 100 })].join('');
        expect(text).toBe(expected);
        // The runs of split partitions are named after the split: n0-1.jsonl.run, n0-1-0.jsonl.run …
        const split = readdirSync(spill.dir).filter((f) =>
          /^[ne]\d+-\d+(-\d+)*\.jsonl\.run$/.test(f),
        );
        expect(split.length > 0).toBe(splitBytes !== undefined);
        // Written twice, the same.
        expect([...spill.envelopeText('test', { pretty })].join('')).toBe(expected);
        spill.close();
      }
    }
  });

  it('counts what it wrote: the head and the ingest summary', () => {
    const graph = createGraph();
    for (const x of extractions) addExtraction(graph, x);
    const spill = new SpillAssembler({ dir: parent, partitions: 5 });
    for (const x of extractions) spill.add(x);
    const { tally } = spill;
    spill.close();
    expect(tally.nodes).toBe(graph.order);
    expect(tally.edges).toBe(graph.size);
    expect(tally.counts.articleCount).toBe(4);
    const persons = graph.filterNodes((_, a) => a.kind === 'entity' && a.type === 'Person').length;
    expect(persons).toBeGreaterThanOrEqual(2);
    expect(tally.entityTypes.Person).toBe(persons);
    expect(tally.dates).toBe(graph.filterNodes((_, a) => a.kind === 'date').length);
  });

  it('removes its temporary files, and refuses work after writing or closing', () => {
    const spill = new SpillAssembler({ dir: parent, partitions: 2 });
    expect(existsSync(spill.dir)).toBe(true);
    spill.add(extractions[0]!);
    expect([...spill.envelopeText('test', { pretty: false })].join('')).toContain('"nodes":[');
    expect(() => spill.add(extractions[1]!)).toThrow(
      /SpillAssembler.add: the graph was already written/,
    );
    spill.close();
    expect(existsSync(spill.dir)).toBe(false);
    const unused = new SpillAssembler({ dir: parent });
    unused.close();
    expect(readdirSync(parent)).toEqual([]);
    expect(() => unused.envelopeText('test', { pretty: false }).next()).toThrow(/closed/);
    expect(() => new SpillAssembler({ partitions: 0 })).toThrow(
      /partitions must be a positive integer, got 0/,
    );
  });
});

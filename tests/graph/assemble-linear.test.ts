/**
 * Assembly is linear: the work done to add one article (list elements copied or sorted) does not grow
 * with the graph. Synthetic extractions: every article mentions the same two invented entities and
 * relates them, so a copying implementation would copy ever longer mention and evidence lists.
 */
import { describe, expect, it } from 'vitest';
import { addExtraction, createGraph, toEnvelope } from '../../src/graph/index.js';
import type { AssemblyWork } from '../../src/graph/assembly-state.js';
import type { ArticleExtraction } from '../../src/pipeline/types.js';
import type { ArticleEntity, EntityMention, Sentence } from '../../src/nlp/types.js';

function mention(text: string, start: number): EntityMention {
  return {
    sentenceIndex: 0,
    tokenStart: 0,
    tokenEnd: 1,
    start,
    end: start + text.length,
    text,
    form: 'name',
    type: 'Person',
    typeSource: 'test',
    typeConfidence: 1,
  };
}

function syntheticExtraction(n: number): ArticleExtraction {
  const text = `Ana Pérez se reunió con Luis Gómez el día ${n}.`;
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text, tokens: [], lower: [] };
  const entity = (id: number, name: string, start: number, form = name): ArticleEntity => ({
    id,
    name,
    type: 'Person',
    typeSource: 'test',
    mentions: [mention(form, start)],
    demonymMentions: [],
    roles: [],
  });
  return {
    article: {
      id: `article${String(n).padStart(6, '0')}`,
      source: `synthetic/${n}.txt`,
      title: `Artículo ${n}`,
      text,
      language: 'es',
      format: 'txt',
    },
    sentences: [sentence],
    // A different surface form now and then, so aliases grow too.
    entities: [
      entity(0, 'Ana Pérez', 0, n % 7 === 0 ? `Ana P${n}` : 'Ana Pérez'),
      entity(1, 'Luis Gómez', 24),
    ],
    relations: [
      {
        subject: 0,
        object: 1,
        predicate: 'MET_WITH',
        certainty: 'stated',
        confidence: 0.6,
        sentenceIndex: 0,
        rule: 'verb',
        trigger: { start: 10, end: 19 },
        highlights: [{ start: 10, end: 19 }],
      },
    ],
    dates: [{ sentenceIndex: 0, start: 35, end: 40, text: 'el día', iso: '2024-01-01' }],
    quantities: [],
  };
}

function workOf(graph: ReturnType<typeof createGraph>, n: number): AssemblyWork {
  const work: AssemblyWork = { copied: 0, sorted: 0 };
  addExtraction(graph, syntheticExtraction(n), work);
  return work;
}

describe('addExtraction work per article', () => {
  it('stays constant from the 10th to the 2000th article of one growing graph', () => {
    const graph = createGraph();
    const samples: AssemblyWork[] = [];
    for (let n = 1; n <= 2000; n++) {
      const work = workOf(graph, n);
      if (n === 10 || n === 100 || n === 2000) samples.push(work);
    }
    expect(samples[0]!.copied).toBeGreaterThan(0);
    expect(samples[1]).toEqual(samples[0]);
    expect(samples[2]).toEqual(samples[0]);
    const ana = graph.getNodeAttributes('Person:ana-perez');
    expect(ana.kind === 'entity' && ana.mentions.length).toBe(2000);
    const edge = graph.getEdgeAttributes('Person:ana-perez|MET_WITH|Person:luis-gomez');
    expect(edge.kind === 'relation' && edge.evidence.length).toBe(2000);
  });

  it('gives the same graph as before: sorted article lists, aliases in first-seen order', () => {
    const graph = createGraph();
    for (const n of [3, 1, 2, 7, 14]) addExtraction(graph, syntheticExtraction(n));
    const envelope = toEnvelope(graph, 'test');
    const ana = envelope.graph.nodes.find((node) => node.key === 'Person:ana-perez')!.attributes;
    expect(ana.kind === 'entity' && ana.articles).toEqual([
      'article000001',
      'article000002',
      'article000003',
      'article000007',
      'article000014',
    ]);
    expect(ana.kind === 'entity' && ana.aliases).toEqual(['Ana P7', 'Ana P14']);
    const edge = envelope.graph.edges.find((e) => e.attributes.kind === 'relation')!.attributes;
    expect(edge.kind === 'relation' && edge.evidence.map((e) => e.articleId)).toEqual([
      'article000003',
      'article000001',
      'article000002',
      'article000007',
      'article000014',
    ]);
    expect(edge.kind === 'relation' && edge.dates).toEqual(['2024-01-01']);
    expect(edge.kind === 'relation' && edge.confidence).toBe(0.99);
  });

  it('the fullest name wins and the previous one becomes the first alias', () => {
    const graph = createGraph();
    const first = syntheticExtraction(1);
    const second = syntheticExtraction(2);
    // Keys are `nameSlug`s, so one key holds one folding: names of different length meet under one
    // key only in a graph read from a version-1 file, whose keys are kept as written. That is what
    // the node moved under the old slug "j-r-smith" stands for; "J R Smith" folds longer than "J.R. Smith".
    Object.assign(first.entities[0]!, {
      name: 'J.R. Smith',
      mentions: [mention('J.R. Smith', 0), mention('Smith', 30)],
    });
    Object.assign(second.entities[0]!, {
      name: 'J R Smith',
      mentions: [mention('J R Smith', 0), mention('Smith', 30)],
    });
    const older = createGraph();
    addExtraction(older, first);
    graph.addNode('Person:j-r-smith', structuredClone(older.getNodeAttributes('Person:jr-smith')));
    addExtraction(graph, second);
    const node = graph.getNodeAttributes('Person:j-r-smith');
    expect(node.kind === 'entity' && [node.name, ...node.aliases]).toEqual([
      'J R Smith',
      'J.R. Smith',
      'Smith',
    ]);
    expect(node.kind === 'entity' && node.mentionCount).toBe(4);
  });
});

import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  SchemaError,
  type ArticleNode,
  type CooccurrenceEdge,
  type DateNode,
  type EntityNode,
  type Evidence,
  type Mention,
  type QuantityNode,
  type RelationEdge,
} from '../../src/schema/index.js';
import {
  compareEvidence,
  cooccurrenceProps,
  decodeArticle,
  decodeCooccurrence,
  decodeEvidence,
  decodeMentions,
  decodeNode,
  decodeRelation,
  encodeArticle,
  encodeCooccurrence,
  encodeEvidence,
  encodeMentions,
  encodeNode,
  encodeRelation,
  evidenceProps,
  mentionProps,
  stored,
  NODE_CODECS,
} from '../../src/store/codecs/index.js';
import { sampleEnvelope } from '../helpers/graph-fixtures.js';

const WHERE = 'codec test';
const mention = (start: number, text: string, sentenceIndex = 0): Mention => ({
  articleId: 'a1',
  sentenceIndex,
  start,
  end: start + text.length,
  text,
});
const links = { mentions: [mention(0, 'Ana Pérez'), mention(40, 'Pérez', 1)], articles: ['a1'] };

describe('node codecs: decode(encode(x)) is x', () => {
  it('entity, with and without the optional typeSource, and empty lists', () => {
    const full: EntityNode = {
      kind: 'entity',
      type: 'Person',
      name: 'Ana Pérez',
      aliases: ['Pérez'],
      demonyms: [],
      typeSource: 'gazetteer',
      mentionCount: 2,
      ...links,
    };
    const { typeSource: _dropped, ...bare } = full;
    for (const entity of [full, bare]) {
      const row = encodeNode('Person:ana-perez', entity);
      expect(row).toMatchObject({ keyLabel: 'Entity', typeLabel: 'Person' });
      // The store adds mentionCount; null properties are not stored.
      const props = stored({ ...row.props, mentionCount: neo4j.int(2) });
      expect('typeSource' in props).toBe(entity === full);
      expect(decodeNode(props, links, WHERE)).toEqual(entity);
    }
  });

  it('date (iso or none) and quantity (value and unit or none)', () => {
    const dates: DateNode[] = [
      { kind: 'date', type: 'Date', name: 'el 3 de mayo de 2024', iso: '2024-05-03', ...links },
      { kind: 'date', type: 'Date', name: 'ayer', iso: null, ...links },
    ];
    const quantities: QuantityNode[] = [
      {
        kind: 'quantity',
        type: 'Quantity',
        name: '2,5 millones',
        value: 2.5e6,
        unit: null,
        ...links,
      },
      { kind: 'quantity', type: 'Quantity', name: 'decenas', value: null, unit: null, ...links },
      { kind: 'quantity', type: 'Quantity', name: '30 euros', value: 30, unit: 'EUR', ...links },
    ];
    for (const node of [...dates, ...quantities]) {
      const row = encodeNode(`k:${node.name}`, node);
      expect(row.typeLabel).toBeNull();
      expect(decodeNode(stored(row.props), links, WHERE)).toEqual(node);
    }
  });

  it('every node of the sample fixture', () => {
    const envelope = sampleEnvelope();
    let checked = 0;
    for (const { key, attributes: a } of envelope.graph.nodes) {
      if (a.kind === 'article') continue;
      const props = stored({
        ...encodeNode(key, a).props,
        ...(a.kind === 'entity' ? { mentionCount: neo4j.int(a.mentionCount) } : {}),
      });
      expect(decodeNode(props, { mentions: a.mentions, articles: a.articles }, WHERE)).toEqual(a);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('declares every property it encodes (the bulk import writes the declared ones)', () => {
    const entity = encodeNode('k', {
      kind: 'entity',
      type: 'City',
      name: 'Villaserena',
      aliases: [],
      demonyms: ['villasereno'],
      typeSource: 'context',
      mentionCount: 0,
      mentions: [],
      articles: [],
    });
    const declared = NODE_CODECS.entity.properties.map((p) => p.name);
    for (const name of Object.keys(entity.props)) expect(declared).toContain(name);
  });

  it('refuses a stored value the schema does not accept, naming the property', () => {
    expect(() => decodeNode({ kind: 'entity', type: 'Planet', name: 'X' }, links, WHERE)).toThrow(
      SchemaError,
    );
    expect(() => decodeNode({ kind: 'entity', type: 'Planet', name: 'X' }, links, WHERE)).toThrow(
      /property type holds "Planet"/,
    );
    expect(() => decodeNode({ kind: 'galaxy', name: 'X' }, links, WHERE)).toThrow(
      /property kind holds "galaxy"/,
    );
  });
});

describe('article codec', () => {
  it('round-trips with and without publishedAt', () => {
    const article: ArticleNode = {
      kind: 'article',
      type: 'Article',
      articleId: '0123456789abcdef',
      name: 'Cumbre en Valdoria',
      title: 'Cumbre en Valdoria',
      source: 'noticias/uno.txt',
      language: 'es',
      charCount: 1234,
      sentenceCount: 12,
    };
    for (const a of [article, { ...article, publishedAt: '2026-03-01' }]) {
      const props = stored({ ...encodeArticle('article:x', a), id: a.articleId });
      expect(props.charCount).toEqual(neo4j.int(1234));
      expect(decodeArticle(props, WHERE)).toEqual({ key: 'article:x', attributes: a });
    }
    expect(() => decodeArticle({ id: 'x', language: 'xx' }, WHERE)).toThrow(/property language/);
  });
});

describe('mention codec', () => {
  it('stores mentions sorted by offset and reads them back', () => {
    const mentions = [mention(40, 'Pérez', 1), mention(0, 'Ana Pérez')];
    const row = encodeMentions('Person:ana-perez', 'Entity', mentions, { key: 'e1', count: 2 });
    expect(row.starts.map(Number)).toEqual([0, 40]);
    const props = mentionProps(row);
    expect(props.key).toBe('e1');
    expect(decodeMentions('a1', props)).toEqual([mentions[1], mentions[0]]);
    // Without a mentioned_in edge: no key is stored, the count is the number of mentions.
    const bare = mentionProps(encodeMentions('k', 'Entity', [], undefined));
    expect(bare).toEqual({
      count: neo4j.int(0),
      sentenceIndexes: [],
      starts: [],
      ends: [],
      texts: [],
    });
  });
});

describe('evidence and relation codecs', () => {
  const evidence: Evidence[] = [
    {
      articleId: 'b2',
      sentenceIndex: 0,
      start: 0,
      end: 30,
      text: 'Ana Pérez se reunió con Luis.',
      trigger: { start: 10, end: 19 },
      rule: 'verb',
      highlights: [
        { start: 0, end: 9 },
        { start: 24, end: 28 },
      ],
    },
    { articleId: 'a1', sentenceIndex: 3, start: 100, end: 120, text: 'Pérez y Luis (PSOE).' },
    {
      articleId: 'a1',
      sentenceIndex: 1,
      start: 50,
      end: 70,
      text: 'Luis recibió a Pérez.',
      rule: 'verb',
    },
  ];

  it('keeps every field of every evidence sentence, in store order', () => {
    const rows = evidence.map(encodeEvidence).sort(compareEvidence);
    expect(rows.map((r) => [r.a, r.si.toNumber()])).toEqual([
      ['a1', 1],
      ['a1', 3],
      ['b2', 0],
    ]);
    const props = evidenceProps(rows);
    expect(props.articles).toEqual(['a1', 'b2']);
    expect(props.evidenceRules).toEqual(['verb', '', 'verb']);
    expect(props.evidenceTriggerStarts).toEqual([neo4j.int(-1), neo4j.int(-1), neo4j.int(10)]);
    expect(decodeEvidence(props)).toEqual([evidence[2], evidence[1], evidence[0]]);
  });

  it('round-trips a relation with its type, category and certainty checked', () => {
    const relation: RelationEdge = {
      kind: 'relation',
      predicate: 'MET_WITH',
      category: 'meeting_visit',
      certainty: 'reported',
      confidence: 0.75,
      evidence: [evidence[2]!, evidence[1]!, evidence[0]!],
      articles: ['a1', 'b2'],
      dates: ['2024-05-03'],
    };
    const props = {
      id: '["s","MET_WITH","o"]',
      key: 'r1',
      ...encodeRelation(relation),
      ...evidenceProps(relation.evidence.map(encodeEvidence)),
    };
    expect(decodeRelation('MET_WITH', props, WHERE)).toEqual(relation);
    expect(() => decodeRelation('LIKES', props, WHERE)).toThrow(/property type holds "LIKES"/);
    expect(() => decodeRelation('MET_WITH', { ...props, certainty: 'maybe' }, WHERE)).toThrow(
      /property certainty/,
    );
  });

  it('round-trips a co-occurrence', () => {
    const edge: CooccurrenceEdge = {
      kind: 'cooccurrence',
      predicate: 'CO_OCCURS_WITH',
      category: 'cooccurrence',
      count: 3,
      articles: ['a1', 'b2'],
    };
    const row = encodeCooccurrence(
      { id: 'i', key: 'k', source: 's', target: 'o' },
      { sourceLabel: 'Entity', targetLabel: 'Entity' },
      { ...edge, articles: ['b2', 'a1'] },
    );
    expect(decodeCooccurrence(cooccurrenceProps(row))).toEqual(edge);
  });
});

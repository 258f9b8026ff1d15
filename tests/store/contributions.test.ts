import { describe, expect, it } from 'vitest';
import { InputError, InvariantError } from '../../src/schema/index.js';
import { decodeContributed, encodeContributed, relationshipType } from '../../src/store/model.js';
import { mergeNodesQuery, mergeRelationsQuery } from '../../src/store/cypher.js';
import { compareEvidence, encodeEvidence as evidenceRow } from '../../src/store/codecs/index.js';
import { resolveNeo4jConfig, splitContributions } from '../../src/store/index.js';
import { ARTICLE_ONE, ARTICLE_TWO, articleId, sampleEnvelope } from '../helpers/graph-fixtures.js';

describe('splitContributions', () => {
  const { articles, unanchored } = splitContributions(sampleEnvelope());
  const one = articles.find((a) => a.articleId === articleId(ARTICLE_ONE.text))!;
  const two = articles.find((a) => a.articleId === articleId(ARTICLE_TWO.text))!;

  it('gives one contribution per article, in id order, with the article properties', () => {
    expect(articles.map((a) => a.articleId)).toEqual([one.articleId, two.articleId].sort());
    expect(one.article).toMatchObject({
      stub: false,
      props: { title: ARTICLE_ONE.title, source: ARTICLE_ONE.source, language: 'es' },
    });
    expect(unanchored).toEqual([]);
  });

  it('splits the evidence of a relation supported by two articles', () => {
    const metOne = one.relations.find((r) => r.type === 'MET_WITH')!;
    const metTwo = two.relations.find((r) => r.type === 'MET_WITH')!;
    expect(metOne.id).toBe(metTwo.id);
    expect(metOne.evidence.map((e) => e.a)).toEqual([one.articleId]);
    expect(metTwo.evidence.map((e) => e.a)).toEqual([two.articleId]);
    expect(metOne.evidence[0]!.t).toBe(
      'La ministra Amalia Ferrán se reunió con Tobías Quintela en Villaserena.',
    );
  });

  it("keeps only the article's own mentions, with their offsets", () => {
    const ferran = one.mentions.find((m) => m.nodeKey === 'Person:amalia-ferran')!;
    expect(ferran.texts).toEqual(['Amalia Ferrán', 'Ferrán']);
    expect(ferran.starts.map(Number)).toEqual([
      ARTICLE_ONE.text.indexOf('Amalia Ferrán'),
      ARTICLE_ONE.text.indexOf('Ferrán es'),
    ]);
    expect(Number(ferran.count)).toBe(2);
    expect(one.nodes.map((n) => n.key)).not.toContain('Country:norlandia');
    expect(two.nodes.map((n) => n.key)).toContain('Country:norlandia');
  });
});

describe('the injection boundary', () => {
  it('accepts only schema predicates as relationship types', () => {
    expect(relationshipType('MET_WITH')).toBe('MET_WITH');
    expect(relationshipType('CO_OCCURS_WITH')).toBe('CO_OCCURS_WITH');
    for (const bad of ['MET_WITH]->() DETACH DELETE n //', 'met_with', 'KNOWS', ''])
      expect(() => relationshipType(bad)).toThrow(InvariantError);
  });
  it('refuses unknown labels in query templates and contributed entries', () => {
    expect(() => mergeNodesQuery('Entity) DETACH DELETE (n', null)).toThrow(InvariantError);
    expect(() => mergeNodesQuery('Entity', 'Person) DETACH DELETE (n')).toThrow(InvariantError);
    expect(() => mergeRelationsQuery('Entity', 'Person', 'MET_WITH')).toThrow(InvariantError);
    expect(() => mergeRelationsQuery('Entity', 'Entity', 'KNOWS]->() DETACH DELETE (n')).toThrow(
      InvariantError,
    );
    expect(() => decodeContributed(JSON.stringify(['DROP', 'Entity', 'a', 'Entity', 'b']))).toThrow(
      InvariantError,
    );
    const entry = {
      type: 'MET_WITH',
      sourceLabel: 'Entity',
      source: "a'}) //",
      targetLabel: 'Date',
      target: 'b',
    } as const;
    expect(decodeContributed(encodeContributed(entry))).toEqual(entry);
  });
});

describe('resolveNeo4jConfig', () => {
  it('takes flags over environment over defaults', () => {
    expect(resolveNeo4jConfig({}, {})).toMatchObject({
      uri: 'bolt://127.0.0.1:7687',
      username: 'neo4j',
      password: 'trama-dev-password',
    });
    const env = {
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'news',
    };
    expect(resolveNeo4jConfig({}, env)).toMatchObject({
      uri: env.NEO4J_URI,
      username: 'u',
      password: 'p',
      database: 'news',
    });
    expect(
      resolveNeo4jConfig({ neo4jUri: 'neo4j://10.0.0.1:7687', neo4jPassword: 'q' }, env),
    ).toMatchObject({ uri: 'neo4j://10.0.0.1:7687', username: 'u', password: 'q' });
  });
  it('rejects URIs that are not Neo4j URIs, naming where they came from', () => {
    expect(() => resolveNeo4jConfig({ neo4jUri: 'http://localhost:7474' }, {})).toThrow(InputError);
    expect(() => resolveNeo4jConfig({}, { NEO4J_URI: 'localhost:7687' })).toThrow(
      /^NEO4J_URI: not a Neo4j URI/,
    );
  });
});

describe('compareEvidence', () => {
  it('orders by article, sentence, offsets, then text', () => {
    const ev = (articleId: string, sentenceIndex: number, start: number, text: string) =>
      evidenceRow({ articleId, sentenceIndex, start, end: start + 5, text });
    const rows = [
      ev('b', 0, 0, 'x'),
      ev('a', 2, 0, 'x'),
      ev('a', 10, 0, 'x'),
      ev('a', 2, 0, 'w'),
      ev('a', 2, 3, 'a'),
    ];
    expect(
      rows.sort(compareEvidence).map((r) => [r.a, r.si.toNumber(), r.s.toNumber(), r.t]),
    ).toEqual([
      ['a', 2, 0, 'w'],
      ['a', 2, 0, 'x'],
      ['a', 2, 3, 'a'],
      ['a', 10, 0, 'x'],
      ['b', 0, 0, 'x'],
    ]);
  });
});

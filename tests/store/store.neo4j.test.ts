import { exitCodeFor } from '../../src/cli/exit-codes.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { ServiceError, type GraphEnvelope } from '../../src/schema/index.js';
import { freePort } from '../../src/neo4j/index.js';
import {
  readGraphFromNeo4j,
  resolveNeo4jConfig,
  schemaItems,
  storeGraph,
} from '../../src/store/index.js';
import {
  ARTICLE_ONE,
  ARTICLE_TWO,
  ENTITIES,
  RELATIONS,
  articleId,
  buildEnvelope,
  sampleEnvelope,
} from '../helpers/graph-fixtures.js';
import {
  clearDatabase,
  counts,
  cypher,
  snapshot,
  testNeo4jConfig,
} from '../helpers/neo4j-client.js';

const config = testNeo4jConfig();

/** Envelope → comparable form: nodes and edges sorted by key, lists of evidence/mentions sorted. */
function normalise(envelope: GraphEnvelope) {
  const byPlace = (
    x: { articleId: string; start: number },
    y: { articleId: string; start: number },
  ) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.start - y.start);
  const nodes = envelope.graph.nodes
    .map((n) => {
      const a = { ...n.attributes } as Record<string, unknown>;
      if (Array.isArray(a.mentions))
        a.mentions = [...(a.mentions as { articleId: string; start: number }[])].sort(byPlace);
      if (Array.isArray(a.articles)) a.articles = [...(a.articles as string[])].sort();
      return { key: n.key, attributes: a };
    })
    .sort((x, y) => (x.key < y.key ? -1 : 1));
  const edges = envelope.graph.edges
    .map((e) => {
      const a = { ...e.attributes } as Record<string, unknown>;
      if (Array.isArray(a.evidence))
        a.evidence = [...(a.evidence as { articleId: string; start: number }[])].sort(byPlace);
      if (Array.isArray(a.articles)) a.articles = [...(a.articles as string[])].sort();
      return { ...e, attributes: a };
    })
    .sort((x, y) => (x.key < y.key ? -1 : 1));
  return { nodes, edges };
}

beforeEach(async () => {
  await clearDatabase(config);
});

describe('storeGraph against a real Neo4j', () => {
  it('creates the constraints and indexes before loading', async () => {
    await storeGraph(config, sampleEnvelope());
    const constraints = await cypher<{
      name: string;
      type: string;
      labelsOrTypes: string[];
      properties: string[];
    }>(config, 'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties');
    const entityKey = constraints.find((c) => c.name === 'trama_entity_key');
    expect(entityKey).toMatchObject({
      type: 'UNIQUENESS',
      labelsOrTypes: ['Entity'],
      properties: ['key'],
    });
    expect(constraints.find((c) => c.name === 'trama_article_id')).toMatchObject({
      labelsOrTypes: ['Article'],
      properties: ['id'],
    });
    const indexes = new Set(
      (await cypher<{ name: string }>(config, 'SHOW INDEXES YIELD name')).map((i) => i.name),
    );
    for (const item of schemaItems())
      expect(indexes.has(item.name) || constraints.some((c) => c.name === item.name)).toBe(true);
  });

  it('makes entities and relations queryable with natural Cypher', async () => {
    const summary = await storeGraph(config, sampleEnvelope());
    expect(summary.articles).toBe(2);
    const met = await cypher<{ name: string; evidence: string[]; articles: string[] }>(
      config,
      "MATCH (a:Person {name: 'Amalia Ferrán'})-[r:MET_WITH]->(b) RETURN b.name AS name, r.evidence AS evidence, r.articles AS articles",
    );
    expect(met).toHaveLength(1);
    expect(met[0]!.name).toBe('Tobías Quintela');
    expect([...met[0]!.evidence].sort()).toEqual(
      [
        'Amalia Ferrán se reunió con Tobías Quintela por segunda vez.',
        'La ministra Amalia Ferrán se reunió con Tobías Quintela en Villaserena.',
      ].sort(),
    );
    expect([...met[0]!.articles].sort()).toEqual(
      [articleId(ARTICLE_ONE.text), articleId(ARTICLE_TWO.text)].sort(),
    );

    const minister = await cypher<{ country: string; category: string }>(
      config,
      "MATCH (:Person {name: 'Amalia Ferrán'})-[r:MINISTER_OF]->(c:Country) RETURN c.name AS country, r.category AS category",
    );
    expect(minister).toEqual([{ country: 'Valdoria', category: 'affiliation_role' }]);

    const mentions = await cypher<{ title: string; count: number; starts: number[] }>(
      config,
      "MATCH (:Entity {name: 'Amalia Ferrán'})-[m:MENTIONED_IN]->(a:Article) RETURN a.title AS title, m.count AS count, m.starts AS starts ORDER BY title",
    );
    expect(mentions.map((m) => m.title)).toEqual([ARTICLE_TWO.title, ARTICLE_ONE.title].sort());
    for (const m of mentions) expect(m.starts).toHaveLength(m.count);
    const [entity] = await cypher<{ labels: string[]; mentionCount: number }>(
      config,
      "MATCH (n {key: 'Person:amalia-ferran'}) RETURN labels(n) AS labels, n.mentionCount AS mentionCount",
    );
    expect(entity!.labels.sort()).toEqual(['Entity', 'Person']);
    const expected = sampleEnvelope().graph.nodes.find((n) => n.key === 'Person:amalia-ferran')!
      .attributes as { mentionCount: number };
    expect(entity!.mentionCount).toBe(expected.mentionCount);
  });

  it('leaves the graph identical (counts and property values) when the same graph is stored twice', async () => {
    await storeGraph(config, sampleEnvelope());
    const first = await snapshot(config);
    const firstCounts = await counts(config);
    await storeGraph(config, sampleEnvelope());
    expect(await counts(config)).toEqual(firstCounts);
    expect(await snapshot(config)).toEqual(first);
  });

  it('writes the same graph whatever the order articles arrive in', async () => {
    const one = buildEnvelope(
      [ARTICLE_ONE],
      ENTITIES,
      RELATIONS.filter((r) => r.article === 0),
    );
    const two = buildEnvelope(
      [ARTICLE_TWO],
      ENTITIES,
      RELATIONS.filter((r) => r.article === 1).map((r) => ({ ...r, article: 0 })),
    );
    await storeGraph(config, sampleEnvelope());
    const together = await snapshot(config);
    await clearDatabase(config);
    await storeGraph(config, two);
    await storeGraph(config, one);
    const relationProps = (s: { relationships: string[] }) =>
      s.relationships.filter((r) => !r.includes('"MENTIONED_IN"'));
    expect(relationProps(await snapshot(config))).toEqual(relationProps(together));
  });

  it('round-trips a graph file through Neo4j: entities, relations and evidence are kept', async () => {
    const input = sampleEnvelope();
    await storeGraph(config, input);
    const output = await readGraphFromNeo4j(config);
    expect(output.meta.origin).toBe('neo4j');
    expect(normalise(output)).toEqual(normalise(input));
  });

  it('replaces the previous contribution of an updated article (same source, new text)', async () => {
    await storeGraph(config, sampleEnvelope());
    const updated = {
      ...ARTICLE_TWO,
      text: 'Lucio Berrocal criticó a Amalia Ferrán. Valdoria firmó un acuerdo con Norlandia.',
    };
    const relations = RELATIONS.filter((r) => r.article === 0 || r.predicate !== 'MET_WITH');
    await storeGraph(
      config,
      buildEnvelope(
        [ARTICLE_ONE, updated],
        ENTITIES,
        relations.map((r) => ({ ...r })),
      ),
    );
    const articles = await cypher<{ id: string }>(
      config,
      'MATCH (a:Article) RETURN a.id AS id ORDER BY id',
    );
    expect(articles.map((a) => a.id)).toEqual(
      [articleId(ARTICLE_ONE.text), articleId(updated.text)].sort(),
    );
    const met = await cypher<{ evidence: string[]; articles: string[] }>(
      config,
      'MATCH ()-[r:MET_WITH]->() RETURN r.evidence AS evidence, r.articles AS articles',
    );
    expect(met).toEqual([
      {
        evidence: ['La ministra Amalia Ferrán se reunió con Tobías Quintela en Villaserena.'],
        articles: [articleId(ARTICLE_ONE.text)],
      },
    ]);
    const old = await cypher(config, 'MATCH (a:Article {id: $id}) RETURN a', {
      id: articleId(ARTICLE_TWO.text),
    });
    expect(old).toHaveLength(0);
  });

  it('keeps mentionCount true for entities only the replaced version of an article mentioned', async () => {
    await storeGraph(config, sampleEnvelope());
    const countOf = async (key: string): Promise<number> =>
      (
        await cypher<{ c: number }>(config, 'MATCH (n {key: $key}) RETURN n.mentionCount AS c', {
          key,
        })
      )[0]!.c;
    const before = await countOf('Person:amalia-ferran');
    // The new version, stored on its own, no longer names the people its old version named.
    const updated = { ...ARTICLE_TWO, text: 'Valdoria firmó un acuerdo con Norlandia.' };
    await storeGraph(config, buildEnvelope([updated], ENTITIES, []));
    expect(await countOf('Person:amalia-ferran')).toBeLessThan(before);
    const stale = await cypher<{ key: string; stored: number; actual: number }>(
      config,
      `MATCH (n:Entity) OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Article)
       WITH n, sum(size(m.starts)) AS actual WHERE actual <> n.mentionCount
       RETURN n.key AS key, n.mentionCount AS stored, actual`,
    );
    expect(stale).toEqual([]);
  });

  it('stores Cypher-looking article text literally', async () => {
    const hostile: typeof ARTICLE_ONE = {
      source: 'fixtures/hostile.txt',
      title: "Titular '}) DETACH DELETE n //",
      text: 'Amalia Ferrán se reunió con Tobías Quintela. Dijo: \'}) MATCH (n) DETACH DELETE n // y "}]->() CREATE (x:Pwned).',
    };
    const envelope = buildEnvelope([hostile], ENTITIES.slice(0, 2), [
      {
        subject: 'Person:amalia-ferran',
        predicate: 'MET_WITH',
        object: 'Person:tobias-quintela',
        sentence: 'Amalia Ferrán se reunió con Tobías Quintela.',
        article: 0,
      },
      {
        subject: 'Person:amalia-ferran',
        predicate: 'SAID_TO',
        object: 'Person:tobias-quintela',
        sentence: 'Dijo: \'}) MATCH (n) DETACH DELETE n // y "}]->() CREATE (x:Pwned).',
        article: 0,
      },
    ]);
    await storeGraph(config, envelope);
    const [row] = await cypher<{ title: string; evidence: string[] }>(
      config,
      'MATCH (a:Article)<-[:MENTIONED_IN]-(:Person)-[r:SAID_TO]->() RETURN a.title AS title, r.evidence AS evidence',
    );
    expect(row!.title).toBe(hostile.title);
    expect(row!.evidence).toEqual([
      'Dijo: \'}) MATCH (n) DETACH DELETE n // y "}]->() CREATE (x:Pwned).',
    ]);
    expect(await cypher(config, 'MATCH (x:Pwned) RETURN x')).toHaveLength(0);
    expect((await counts(config)).nodes).toBeGreaterThan(2);
  });

  it('leaves no duplicates when two stores of overlapping articles run concurrently', async () => {
    const a = buildEnvelope([ARTICLE_ONE, ARTICLE_TWO], ENTITIES, RELATIONS);
    const b = buildEnvelope(
      [ARTICLE_TWO, ARTICLE_ONE],
      [...ENTITIES].reverse(),
      [...RELATIONS].reverse().map((r) => ({ ...r, article: 1 - r.article })),
    );
    await storeGraph(config, a);
    const sequential = await snapshot(config);
    await clearDatabase(config);
    await Promise.all([storeGraph(config, a), storeGraph(config, b), storeGraph(config, a)]);
    const dupNodes = await cypher(
      config,
      'MATCH (n:Entity) WITH n.key AS k, count(*) AS c WHERE c > 1 RETURN k',
    );
    const dupRels = await cypher(
      config,
      'MATCH (s)-[r]->(o) WITH s, type(r) AS t, o, count(*) AS c WHERE c > 1 RETURN s.key, t, o.key',
    );
    expect(dupNodes).toEqual([]);
    expect(dupRels).toEqual([]);
    const concurrent = await snapshot(config);
    const withoutTime = (s: { nodes: string[]; relationships: string[] }) => ({
      ...s,
      nodes: s.nodes.map((n) => n.replace(/"ingestedAt":"[^"]*"/, '')),
    });
    expect(withoutTime(concurrent)).toEqual(withoutTime(sequential));
  });

  it('writes the same graph with several articles per transaction as with one article per transaction', async () => {
    const withoutTime = (s: { nodes: string[]; relationships: string[] }) => ({
      ...s,
      nodes: s.nodes.map((n) => n.replace(/"ingestedAt":"[^"]*"/, '')),
    });
    await storeGraph(config, sampleEnvelope(), { maxArticlesPerTransaction: 1 });
    const single = withoutTime(await snapshot(config));
    await clearDatabase(config);
    await storeGraph(config, sampleEnvelope());
    expect(withoutTime(await snapshot(config))).toEqual(single);
    // Re-ingesting grouped over the one-per-transaction result changes nothing.
    await storeGraph(config, sampleEnvelope());
    expect(withoutTime(await snapshot(config))).toEqual(single);
  });

  it('reports an unreachable Neo4j clearly within a few seconds', async () => {
    const port = await freePort();
    const unreachable = resolveNeo4jConfig({ neo4jUri: `bolt://127.0.0.1:${port}` }, {});
    const started = Date.now();
    const error = await storeGraph(unreachable, sampleEnvelope()).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(
      new RegExp(`cannot reach Neo4j at bolt://127\\.0\\.0\\.1:${port}`),
    );
    expect(exitCodeFor(error)).toBe(4);
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/schema/index.js';
import { main } from '../../src/cli/main.js';
import {
  EXAMPLE_QUERIES,
  createQueryRunner,
  exampleQuery,
  runQuery,
} from '../../src/query/index.js';
import { storeGraph } from '../../src/store/index.js';
import { ARTICLE_ONE, ARTICLE_TWO, sampleEnvelope } from '../helpers/graph-fixtures.js';
import { clearDatabase, counts, testNeo4jConfig } from '../helpers/neo4j-client.js';

const config = testNeo4jConfig();

beforeAll(async () => {
  await clearDatabase(config);
  await storeGraph(config, sampleEnvelope());
});

async function example(name: string, params?: Record<string, unknown>) {
  const q = exampleQuery(name)!;
  expect(q).toBeDefined();
  return runQuery(config, q.cypher, params ?? q.params);
}

describe('the README example queries, run against the sample graph', () => {
  it('covers the documented set', () => {
    expect(EXAMPLE_QUERIES.map((q) => q.name)).toEqual([
      'who-met-whom',
      'neighbourhood',
      'relations-with-evidence',
      'shortest-path',
      'most-mentioned',
      'articles-mentioning-both',
    ]);
  });

  it('who met whom', async () => {
    const r = await example('who-met-whom');
    expect(r.columns).toEqual(['who', 'met', 'articles', 'evidence']);
    expect(r.rows.map((row) => row.slice(0, 3))).toEqual([['Amalia Ferrán', 'Tobías Quintela', 2]]);
  });

  it("an entity's 2-hop neighbourhood", async () => {
    const r = await example('neighbourhood', { name: 'Tobías Quintela' });
    const byName = Object.fromEntries(r.rows.map((row) => [row[0], row[2]]));
    expect(byName).toEqual({
      'Amalia Ferrán': 1,
      Montecarmín: 1,
      Valdoria: 2,
      'Lucio Berrocal': 2,
    });
  });

  it('all relations of an entity with evidence', async () => {
    const r = await example('relations-with-evidence', { name: 'Amalia Ferrán' });
    const triples = r.rows.map((row) => `${row[0]} ${row[1]} ${row[2]}`).sort();
    expect(triples).toEqual([
      'Amalia Ferrán MET_WITH Tobías Quintela',
      'Amalia Ferrán MINISTER_OF Valdoria',
      'Lucio Berrocal CRITICIZED Amalia Ferrán',
    ]);
    const criticized = r.rows.find((row) => row[1] === 'CRITICIZED')!;
    expect(criticized[5]).toEqual(['Lucio Berrocal criticó a Amalia Ferrán.']);
  });

  it('shortest path between two entities', async () => {
    const r = await example('shortest-path', { from: 'Lucio Berrocal', to: 'Montecarmín' });
    expect(r.rows).toEqual([
      [
        ['Lucio Berrocal', 'Amalia Ferrán', 'Tobías Quintela', 'Montecarmín'],
        ['CRITICIZED', 'MET_WITH', 'VISITED'],
        3,
      ],
    ]);
  });

  it('most-mentioned entities', async () => {
    const r = await example('most-mentioned');
    // Amalia Ferrán: "Amalia Ferrán" ×3 + "Ferrán" alone ×1 = 4 mentions, in both articles.
    expect(r.rows[0]).toEqual(['Amalia Ferrán', 'Person', 4, 2]);
  });

  it('articles mentioning two given entities', async () => {
    const both = await example('articles-mentioning-both', {
      first: 'Amalia Ferrán',
      second: 'Valdoria',
    });
    expect(both.rows.map((row) => row[0])).toEqual([ARTICLE_TWO.title, ARTICLE_ONE.title].sort());
    const one = await example('articles-mentioning-both', {
      first: 'Amalia Ferrán',
      second: 'Norlandia',
    });
    expect(one.rows.map((row) => row[0])).toEqual([ARTICLE_TWO.title]);
  });
});

describe('read-only by default', () => {
  it('the server refuses a write in a read-only query, with a clear message', async () => {
    const before = await counts(config);
    const error = await runQuery(config, "CREATE (:Person {name: 'Intruso'})").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/read-only by default; pass --write/);
    const deleting = await runQuery(config, 'MATCH (n) DETACH DELETE n').catch((e: unknown) => e);
    expect(deleting).toBeInstanceOf(InputError);
    expect(await counts(config)).toEqual(before);
  });

  it('writes with write: true', async () => {
    const r = await runQuery(
      config,
      "MERGE (n:Scratch {name: 'x'}) RETURN n.name AS name",
      {},
      { write: true },
    );
    expect(r.rows).toEqual([['x']]);
    expect(r.updates).toMatchObject({ nodesCreated: 1 });
    await runQuery(config, 'MATCH (n:Scratch) DELETE n', {}, { write: true });
  });

  it('the viewer runner is read-only too', async () => {
    const runner = createQueryRunner(config);
    try {
      const ok = await runner.run('MATCH (p:Person) RETURN count(p) AS people');
      expect(ok).toEqual({ columns: ['people'], rows: [[3]] });
      await expect(runner.run("CREATE (:Person {name: 'Intruso'})")).rejects.toThrow(/read-only/);
    } finally {
      await runner.close();
    }
  });
});

describe('trama query (CLI)', () => {
  async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const o = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
    const e = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
    try {
      const code = await main([
        'node',
        'trama',
        ...args,
        '--neo4j-uri',
        config.uri,
        '--neo4j-password',
        config.password,
      ]);
      return { code, out, err };
    } finally {
      o.mockRestore();
      e.mockRestore();
      process.exitCode = undefined;
    }
  }

  it('prints csv, json and table output with parameters', async () => {
    const q =
      'MATCH (c:Country) WHERE c.name STARTS WITH $prefix RETURN c.name AS name, $n AS n ORDER BY name';
    const csv = await cli([
      'query',
      q,
      '--param',
      'prefix=Val',
      '--param',
      'n=3',
      '--format',
      'csv',
    ]);
    expect(csv).toMatchObject({ code: 0, out: 'name,n\nValdoria,3\n' });
    const json = await cli(['query', q, '-p', 'prefix="Nor"', '-p', 'n=1', '-f', 'json']);
    expect(JSON.parse(json.out)).toEqual([{ name: 'Norlandia', n: 1 }]);
    const table = await cli(['query', q, '-p', 'prefix=', '-p', 'n=0']);
    expect(table.out.split('\n')[0]).toMatch(/^name\s+\| n$/);
    expect(table.out).toContain('(2 rows)');
  });

  it('exits non-zero with a clear message on a write without --write', async () => {
    const r = await cli(['query', 'MATCH (n) DETACH DELETE n']);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/read-only by default; pass --write/);
  });
});

/** The sample article through the CLI into the real Neo4j: natural Cypher works, and the round trip keeps the graph. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { EXAMPLE_QUERIES, runQuery } from '../../src/query/index.js';
import type { GraphEnvelope } from '../../src/schema/index.js';
import {
  clearDatabase,
  connectionFlags,
  cypher,
  testNeo4jConfig,
} from '../helpers/neo4j-client.js';
import { HAS_SHARED, SAMPLE_PATH } from '../helpers/shared-data.js';
import { tempDir } from '../helpers/temp-dir.js';

const run = promisify(execFile);
const config = testNeo4jConfig();
const connection = connectionFlags(config);
const trama = (args: string[]) =>
  run('node', [join(PACKAGE_ROOT, 'bin', 'trama.js'), ...args], {
    cwd: PACKAGE_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });

describe.skipIf(!HAS_SHARED)('sample article in Neo4j', () => {
  let dir: string;
  let fileGraph: GraphEnvelope;

  beforeAll(async () => {
    await clearDatabase(config);
    dir = await tempDir('trama-neo4j-sample-');
    const out = join(dir, 'graph.json');
    const { stdout } = await trama(['ingest', SAMPLE_PATH, '--out', out, ...connection]);
    expect(stdout).toMatch(/stored:/);
    fileGraph = JSON.parse(await readFile(out, 'utf8'));
  }, 120_000);

  it('answers the natural Cypher of the README', async () => {
    const rows = await cypher<{ name: string }>(
      config,
      "MATCH (a:Person {name:'Serguéi Lavrov'})-[:MET_WITH]->(b) RETURN b.name AS name",
    );
    expect(rows.map((r) => r.name)).toContain('Kim Jong Un');
    const leaders = await cypher<{ name: string }>(
      config,
      "MATCH (p:Person)-[:LEADER_OF]->(:Country {name:'Corea del Norte'}) RETURN p.name AS name",
    );
    expect(leaders.map((r) => r.name)).toEqual(['Kim Jong Un']);
    const located = await cypher<{ n: number }>(
      config,
      "MATCH (:Region {name:'Kursk'})-[:LOCATED_IN]->(:Country {name:'Rusia'}) RETURN count(*) AS n",
    );
    expect(Number(located[0]!.n)).toBe(1);
  });

  it('runs every README example query on it, and each returns rows', async () => {
    for (const example of EXAMPLE_QUERIES) {
      const result = await runQuery(config, example.cypher, example.params);
      expect(result.columns.length, example.name).toBeGreaterThan(0);
      expect(result.rows.length, example.name).toBeGreaterThan(0);
    }
    const { stdout } = await trama([
      'query',
      '--example',
      'who-met-whom',
      '--format',
      'json',
      ...connection,
    ]);
    expect(stdout).toContain('Kim Jong Un');
  });

  it('gives the same entities, relations and evidence back through trama export --from neo4j', async () => {
    const out = join(dir, 'from-neo4j.json');
    await trama(['export', '--from', 'neo4j', '--out', out, ...connection]);
    const back = JSON.parse(await readFile(out, 'utf8')) as GraphEnvelope;
    const relations = (g: GraphEnvelope) =>
      g.graph.edges
        .filter((e) => e.attributes.kind === 'relation')
        .map(
          (e) =>
            `${e.key} ${
              e.attributes.kind === 'relation'
                ? e.attributes.evidence
                    .map((ev) => `${ev.start}-${ev.end}`)
                    .sort()
                    .join(',')
                : ''
            }`,
        )
        .sort();
    const entities = (g: GraphEnvelope) =>
      g.graph.nodes
        .filter((n) => n.attributes.kind === 'entity')
        .map((n) => n.key)
        .sort();
    expect(entities(back)).toEqual(entities(fileGraph));
    expect(relations(back)).toEqual(relations(fileGraph));
  });
});

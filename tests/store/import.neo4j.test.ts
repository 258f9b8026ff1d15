/**
 * `trama neo4j import` (bulk import with neo4j-admin) against a real server of its own (the import
 * stops and restarts it): the database it leaves equals what the batched writer leaves for the same
 * graphs, re-importing with --force gives the same again, and bad input or a non-empty database is
 * refused with the database untouched.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jStatus, startNeo4j, stopNeo4j } from '../../src/neo4j/index.js';
import { trama as runCli } from '../cli/run-cli.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { OutputError, type GraphEnvelope } from '../../src/schema/index.js';
import {
  importGraphs,
  resolveNeo4jConfig,
  schemaItems,
  storeGraph,
  type Neo4jConfig,
} from '../../src/store/index.js';
import { buildGraphEnvelope } from '../fixtures/graph-builder.js';
import { cypher, snapshot, type GraphSnapshot } from '../helpers/neo4j-client.js';
import { HAS_SHARED, SHARED } from '../helpers/shared-data.js';

const PASSWORD = 'trama-import-test';
const dataDir = mkdtempSync(join(tmpdir(), 'trama-neo4j-import-'));
const work = mkdtempSync(join(tmpdir(), 'trama-import-graphs-'));
let config: Neo4jConfig;
/** The built CLI with the test server's password (the CLI tests' runner: code, stdout, stderr). */
const trama = (args: string[]) => runCli(args, { env: { NEO4J_PASSWORD: PASSWORD } });

/** Invented texts with what CSV and neo4j-admin find hard: quotes, separators, a line break, lists of one empty string. */
function edgeCaseGraph(): GraphEnvelope {
  const envelope = buildGraphEnvelope({
    articles: [
      {
        title: 'Pacto "histórico"; o no',
        source: 'inventado/pacto.txt',
        text:
          'Marta Olivar se reunió con Iker Salcedo, "el negociador", en Puerto Albar.\n' +
          'Olivar criticó a Salcedo; luego firmó un acuerdo con Salcedo.',
      },
    ],
    entities: [
      { key: 'Person:marta-olivar', type: 'Person', name: 'Marta Olivar', aliases: ['Olivar'] },
      { key: 'Person:iker-salcedo', type: 'Person', name: 'Iker Salcedo', aliases: ['Salcedo'] },
      { key: 'City:puerto-albar', type: 'City', name: 'Puerto Albar' },
    ],
    relations: [
      {
        subject: 'Person:marta-olivar',
        predicate: 'MET_WITH',
        object: 'Person:iker-salcedo',
        article: 0,
        sentence: 0,
        trigger: 'se reunió con',
      },
      {
        subject: 'Person:marta-olivar',
        predicate: 'CRITICIZED',
        object: 'Person:iker-salcedo',
        article: 0,
        sentence: 1,
      },
    ],
    cooccurrences: [{ a: 'Person:marta-olivar', b: 'City:puerto-albar', article: 0 }],
    dates: [{ key: 'Date:luego', text: 'luego', article: 0 }],
  });
  // A relation whose only evidence has no rule and no highlights (stored lists [''] in Neo4j), and an
  // evidence sentence from an article the file lacks (a stub Article).
  for (const edge of envelope.graph.edges) {
    const a = edge.attributes;
    if (a.kind === 'relation' && a.predicate === 'CRITICIZED') {
      const { highlights: _h, rule: _r, trigger: _t, ...bare } = a.evidence[0]!;
      a.evidence = [bare];
    }
    if (a.kind === 'relation' && a.predicate === 'MET_WITH') {
      a.evidence.push({ ...a.evidence[0]!, articleId: 'ffffffffffffffff', sentenceIndex: 4 });
      a.articles = [...a.articles, 'ffffffffffffffff'];
    }
  }
  return envelope;
}

async function devGraph(): Promise<GraphEnvelope | null> {
  if (!HAS_SHARED) return null;
  const out = join(work, 'dev.json');
  const news = join(SHARED, 'news');
  const files = ['es-fakedes2021-003.txt', 'es-fakedes2021-023.txt'].map((f) => join(news, f));
  const result = await trama(['ingest', ...files, '--out', out, '--force', '--no-progress']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(await readFile(out, 'utf8')) as GraphEnvelope;
}

const withoutTime = (s: GraphSnapshot): GraphSnapshot => ({
  ...s,
  nodes: s.nodes.map((n) => n.replace(/"ingestedAt":"[^"]*"/, '"ingestedAt":"…"')),
});

async function schemaNames(): Promise<string[]> {
  const names: string[] = [];
  for (const show of ['SHOW CONSTRAINTS YIELD name', 'SHOW INDEXES YIELD name'])
    names.push(...(await cypher<{ name: string }>(config, show)).map((r) => r.name));
  return names.sort();
}

/** The Cypher type of every stored property (the snapshot shows values only: 1 and 1.0 look alike). */
async function propertyTypes(): Promise<string[]> {
  const rows = await cypher<{ t: string[] }>(
    config,
    `MATCH (n) UNWIND keys(n) AS k
     RETURN collect(DISTINCT reduce(s = '', l IN labels(n) | s + ':' + l) + ' ' + k + ': ' + valueType(n[k])) AS t`,
  );
  const rels = await cypher<{ t: string[] }>(
    config,
    `MATCH ()-[r]->() UNWIND keys(r) AS k
     RETURN collect(DISTINCT type(r) + ' ' + k + ': ' + valueType(r[k])) AS t`,
  );
  return [...rows[0]!.t, ...rels[0]!.t].sort();
}

let graphs: GraphEnvelope[] = [];
let graphFiles: string[] = [];
let written: GraphSnapshot;
let writtenSchema: string[];
let writtenTypes: string[];

beforeAll(async () => {
  const sample = JSON.parse(
    await readFile(join(PACKAGE_ROOT, 'graph-data', 'sample.json'), 'utf8'),
  ) as GraphEnvelope;
  const dev = await devGraph();
  graphs = [sample, ...(dev ? [dev] : []), edgeCaseGraph()];
  graphFiles = graphs.map((g, i) => {
    const file = join(work, `graph-${i}.json`);
    writeFileSync(file, JSON.stringify(g));
    return file;
  });
  const server = await startNeo4j({ dataDir, password: PASSWORD, heap: '512m', pageCache: '128m' });
  config = resolveNeo4jConfig({ neo4jUri: server.uri, neo4jPassword: PASSWORD }, {});
  // What the incremental writer leaves, graph after graph.
  for (const g of graphs) await storeGraph(config, g);
  written = await snapshot(config);
  writtenSchema = await schemaNames();
  writtenTypes = await propertyTypes();
}, 600_000);

afterAll(async () => {
  await stopNeo4j(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('trama neo4j import', () => {
  it('refuses a database that holds data without --force, and leaves it as it was', async () => {
    const pid = neo4jStatus(dataDir).pid;
    await expect(importGraphs(graphs, { dataDir, password: PASSWORD })).rejects.toThrow(
      OutputError,
    );
    const result = await trama(['neo4j', 'import', ...graphFiles, '--data-dir', dataDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the database holds \d+ nodes.*--force/);
    expect(neo4jStatus(dataDir).pid).toBe(pid);
    expect(await snapshot(config)).toEqual(written);
  }, 120_000);

  it('refuses a missing or invalid graph file before touching the server', async () => {
    const pid = neo4jStatus(dataDir).pid;
    const missing = await trama([
      'neo4j',
      'import',
      graphFiles[0]!,
      join(work, 'no-such-graph.json'),
      '--data-dir',
      dataDir,
      '--force',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-graph\.json: graph file not found/);
    const invalid = join(work, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ format: 'trama-graph', version: 2, graph: {} }));
    const bad = await trama(['neo4j', 'import', invalid, '--data-dir', dataDir, '--force']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/invalid\.json: invalid trama graph/);
    expect(neo4jStatus(dataDir).pid).toBe(pid);
    expect(await snapshot(config)).toEqual(written);
  }, 120_000);

  it('leaves the same nodes, relationships, properties, constraints and indexes as the writer', async () => {
    const summary = await importGraphs(graphs, {
      dataDir,
      password: PASSWORD,
      force: true,
      heap: '512m',
    });
    expect(summary.uri).toBe(config.uri);
    const imported = await snapshot(config);
    expect(imported.nodes.length).toBe(written.nodes.length);
    expect(imported.relationships.length).toBe(written.relationships.length);
    expect(withoutTime(imported)).toEqual(withoutTime(written));
    expect(imported.nodes.filter((n) => n.includes('"ingestedAt":"20')).length).toBe(
      written.nodes.filter((n) => n.includes('"ingestedAt":"20')).length,
    );
    expect(await schemaNames()).toEqual(writtenSchema);
    expect(await propertyTypes()).toEqual(writtenTypes);
    expect(writtenTypes).toEqual(
      expect.arrayContaining([
        ':Entity:Person mentionCount: INTEGER NOT NULL',
        'MET_WITH confidence: FLOAT NOT NULL',
      ]),
    );
    expect(writtenSchema).toEqual(expect.arrayContaining(schemaItems().map((i) => i.name)));
    // Neither stores an empty list (absent means empty): a relation without dates, whose only
    // evidence sentence has no rule name.
    const [criticized] = await cypher<{ rules: string[]; dates: string[] }>(
      config,
      'MATCH ()-[r:CRITICIZED]->() WHERE r.evidence[0] STARTS WITH $text RETURN r.evidenceRules AS rules, r.dates AS dates',
      { text: 'Olivar criticó' },
    );
    expect(criticized).toEqual({ rules: null, dates: null });
  }, 600_000);

  it('imports into a data folder that was never started, then runs its server', async () => {
    const fresh = join(work, 'never-started');
    const graph = edgeCaseGraph();
    const summary = await importGraphs([graph], {
      dataDir: fresh,
      password: PASSWORD,
      boltPort: 0,
      httpPort: 0,
      heap: '512m',
    });
    try {
      expect(neo4jStatus(fresh)).toMatchObject({ running: true, uri: summary.uri });
      const other = resolveNeo4jConfig({ neo4jUri: summary.uri, neo4jPassword: PASSWORD }, {});
      const [row] = await cypher<{ n: number }>(other, 'MATCH (n) RETURN count(n) AS n');
      // The graph's nodes, its stub article, and the writer lock node.
      expect(row!.n).toBe(summary.nodes + 1);
      expect(summary.nodes).toBe(graph.graph.nodes.length + 1);
      const names = (await cypher<{ name: string }>(other, 'SHOW CONSTRAINTS YIELD name')).map(
        (r) => r.name,
      );
      expect(writtenSchema).toEqual(expect.arrayContaining(names));
    } finally {
      await stopNeo4j(fresh);
    }
  }, 600_000);

  it('re-importing with --force through the CLI gives the same database again', async () => {
    const result = await trama([
      'neo4j',
      'import',
      ...graphFiles,
      '--data-dir',
      dataDir,
      '--force',
      '--no-warm-up',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(config.uri);
    expect(result.stderr).toMatch(/imported: +\d+ articles, \d+ nodes, \d+ relationships in/);
    expect(withoutTime(await snapshot(config))).toEqual(withoutTime(written));
    // The incremental writer carries on from an imported database: storing a graph again changes nothing.
    await storeGraph(config, graphs.at(-1)!);
    expect(withoutTime(await snapshot(config))).toEqual(withoutTime(written));
  }, 600_000);
});

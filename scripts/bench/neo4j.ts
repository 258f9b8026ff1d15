/**
 * Neo4j writer benchmark (not a test): loads a generated graph with trama's batched writer
 * (storeGraph: per-article transactions, UNWIND + MERGE), with a naive one-statement-per-row
 * writer, and with the bulk import (`trama neo4j import`: CSV files, neo4j-admin database import,
 * restart, constraints and indexes), in the same run against the same server, and prints
 * relationships/s for each, batched/naive, and the writer as a fraction of the import.
 *
 *   npm run bench:neo4j -- [--nodes 20000] [--edges 100000] [--naive-edges 5000] [--heap 1g] [--record]
 *
 * The naive writer loads the first --naive-edges relations only (at its speed the full graph would
 * take hours); its rate is relations written / its wall time, nodes included, as for the batched one.
 * The import runs last (it restarts the server); its rate counts every step until the database is
 * ready for queries (files, import tool, server restart, constraints and indexes).
 * Uses the server at TRAMA_BENCH_NEO4J_URI (with NEO4J_USERNAME/NEO4J_PASSWORD; no import then: it
 * needs a local data folder), or starts a fresh local one. --record adds the figures with the date to the table in docs/benchmarks.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticGraph } from '../../src/graph/synthetic.js';
import { startNeo4j, type RunningNeo4j } from '../../src/neo4j/index.js';
import { makeEnvelope, type GraphEnvelope } from '../../src/schema/index.js';
import {
  ensureNeo4jSchema,
  importGraphs,
  openDriver,
  resolveNeo4jConfig,
  storeGraph,
} from '../../src/store/index.js';
import { naiveStore } from './naive-writer.js';
import { measureCpu } from './process-cpu.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '100000' },
    'naive-edges': { type: 'string', default: '5000' },
    heap: { type: 'string', default: '1g' },
    record: { type: 'boolean', default: false },
  },
});
const nodes = Number(values.nodes);
const edges = Number(values.edges);
const naiveEdges = Math.min(edges, Number(values['naive-edges']));

function subset(envelope: GraphEnvelope, relationCount: number): GraphEnvelope {
  const kept = envelope.graph.edges.slice(0, relationCount);
  const used = new Set(kept.flatMap((e) => [e.source, e.target]));
  return makeEnvelope({
    generator: envelope.meta.generator,
    origin: envelope.meta.origin,
    nodes: envelope.graph.nodes.filter((n) => used.has(n.key)),
    edges: kept,
  });
}

async function main(): Promise<void> {
  let server: RunningNeo4j | undefined;
  let dataDir: string | undefined;
  const external = process.env.TRAMA_BENCH_NEO4J_URI;
  if (!external) {
    dataDir = mkdtempSync(join(tmpdir(), 'trama-neo4j-bench-'));
    server = await startNeo4j({
      dataDir,
      heap: values.heap,
      pageCache: '512m',
      onProgress: (l) => console.error(l),
    });
  }
  const config = resolveNeo4jConfig(
    { neo4jUri: external ?? server!.uri, ...(server ? { neo4jPassword: server.password } : {}) },
    process.env,
  );
  const driver = openDriver(config);
  const clear = async () => {
    const session = driver.session();
    try {
      // Relationships first: detaching a hub with thousands of relationships in one batch can exceed the transaction memory limit.
      await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
      await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
  };
  try {
    const envelope = generateSyntheticGraph({ nodes, edges, seed: 1 });
    const relations = envelope.graph.edges.length;
    console.error(
      `graph: ${envelope.graph.nodes.length} entities, ${relations} relations, ${new Set(envelope.graph.edges.flatMap((e) => (e.attributes.kind === 'relation' ? e.attributes.articles : []))).size} articles`,
    );
    await clear();
    await ensureNeo4jSchema(driver, config);
    // Warm-up (JIT, query plans) for both writers, so neither pays the cold start inside its timing.
    // A fresh server compiles its hot paths during the first tens of thousands of rows; a warm-up of the
    // load's size keeps that cost out of both timings (with 1,000 rows the batched rate measured 2,968
    // rel/s, with this one 5,824; the naive writer's 153 and 198).
    const warm = generateSyntheticGraph({
      nodes: Math.min(nodes, 20000),
      edges: Math.min(edges, 100000),
      seed: 2,
    });
    await storeGraph({ driver, config }, warm);
    await clear();
    await naiveStore(driver, config, subset(warm, 500));
    await clear();

    const serverPid = server?.pid ?? null;
    let t = performance.now();
    const batchedCpu = await measureCpu(serverPid, () =>
      storeGraph({ driver, config }, envelope, {
        onArticle: (done, total) => {
          if (done % 50 === 0 || done === total)
            console.error(
              `  batched: ${done}/${total} articles, ${((performance.now() - t) / 1000).toFixed(1)} s`,
            );
        },
      }),
    );
    const batchedSeconds = (performance.now() - t) / 1000;
    const batchedRate = relations / batchedSeconds;

    await clear();
    const small = subset(envelope, naiveEdges);
    t = performance.now();
    const naiveCpu = await measureCpu(serverPid, () => naiveStore(driver, config, small));
    const naiveSeconds = (performance.now() - t) / 1000;
    const naiveRate = small.graph.edges.length / naiveSeconds;

    const ratio = batchedRate / naiveRate;

    let imported: { rate: number; seconds: number; toolSeconds: number } | null = null;
    if (server && dataDir) {
      t = performance.now();
      const summary = await importGraphs([envelope], {
        dataDir,
        password: server.password,
        force: true,
        heap: values.heap,
        onProgress: (l) => console.error(`  import: ${l}`),
      });
      const seconds = (performance.now() - t) / 1000;
      imported = { rate: relations / seconds, seconds, toolSeconds: summary.ms.import / 1000 };
      console.error(
        `  import steps (s): files ${(summary.ms.csv / 1000).toFixed(1)}, tool ${(summary.ms.import / 1000).toFixed(1)}, start ${(summary.ms.start / 1000).toFixed(1)}, schema ${(summary.ms.schema / 1000).toFixed(1)}`,
      );
    } else
      console.error('import: skipped (it needs a local data folder, not TRAMA_BENCH_NEO4J_URI)');
    const date = new Date().toISOString().slice(0, 10);
    console.log(
      `batched writer: ${relations} relations in ${batchedSeconds.toFixed(1)} s = ${batchedRate.toFixed(0)} relationships/s`,
    );
    console.log(
      `naive writer:   ${small.graph.edges.length} relations in ${naiveSeconds.toFixed(1)} s = ${naiveRate.toFixed(0)} relationships/s`,
    );
    console.log(`ratio batched/naive: ${ratio.toFixed(1)}x`);
    if (imported) {
      console.log(
        `bulk import:    ${relations} relations in ${imported.seconds.toFixed(1)} s = ${imported.rate.toFixed(0)} relationships/s (import tool alone ${imported.toolSeconds.toFixed(1)} s = ${(relations / imported.toolSeconds).toFixed(0)} relationships/s)`,
      );
      console.log(
        `batched writer as a fraction of the import: ${(batchedRate / imported.rate).toFixed(3)}`,
      );
    }
    // CPU per relation moves much less with the machine's load than the wall-clock rates do.
    const perRelation = (cpu: { client: number; server: number | null }, n: number): string =>
      `client ${((cpu.client * 1000) / n).toFixed(3)} ms` +
      (cpu.server === null ? '' : `, server ${((cpu.server * 1000) / n).toFixed(3)} ms`);
    console.log(
      `CPU per relation: batched ${perRelation(batchedCpu, relations)}; naive ${perRelation(naiveCpu, small.graph.edges.length)}`,
    );
    if (values.record) {
      const file = join(process.cwd(), 'docs', 'benchmarks.md');
      const importCells = imported
        ? `${imported.rate.toFixed(0)} | ${(batchedRate / imported.rate).toFixed(3)}`
        : '– | –';
      const row = `| ${date} | ${nodes} / ${relations} | ${batchedRate.toFixed(0)} | ${small.graph.edges.length} | ${naiveRate.toFixed(0)} | ${ratio.toFixed(1)}x | ${importCells} | ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}, Neo4j ${external ? 'server at TRAMA_BENCH_NEO4J_URI' : `fresh local 5.26 (trama neo4j), ${values.heap} heap`} |\n`;
      const text = readFileSync(file, 'utf8');
      const section = text.indexOf('## Neo4j writer');
      if (section < 0) throw new Error(`${file} has no "## Neo4j writer" section`);
      // After the last row of the section's table (the section is followed by other sections).
      const end = text.indexOf('\n## ', section + 1);
      const lines = text.slice(section, end < 0 ? text.length : end).split('\n');
      const last = lines.map((l) => l.startsWith('| 2')).lastIndexOf(true);
      if (last < 0) throw new Error(`${file}: no figures table in the "## Neo4j writer" section`);
      const at = section + lines.slice(0, last + 1).join('\n').length + 1;
      writeFileSync(file, text.slice(0, at) + row + text.slice(at));
      console.error(`recorded in ${file}`);
    }
  } finally {
    await driver.close();
    if (server) await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

/** `ingest --neo4j`: check the server before any work, then store with visible progress. */
import { SingleBar, Presets } from 'cli-progress';
import type { Article } from '../ingest/types.js';
import type { GraphEnvelope } from '../schema/index.js';
import {
  describeTarget,
  storeGraph,
  verifyNeo4j,
  withDriver,
  type Neo4jConfig,
  type StoreSummary,
} from '../store/index.js';

export async function checkNeo4jReachable(config: Neo4jConfig): Promise<void> {
  await withDriver(config, (driver) =>
    verifyNeo4j(driver, config, 'checking the connection before reading any article'),
  );
}

export interface StoreProgressOptions {
  /** Draw a progress bar (a TTY); otherwise one line per phase. */
  progress: boolean;
  log: (line: string) => void;
}

/** Stores the graph; article ids map to their canonical paths so an updated file replaces its old version. */
export async function storeWithProgress(
  config: Neo4jConfig,
  envelope: GraphEnvelope,
  articles: readonly Article[],
  options: StoreProgressOptions,
): Promise<StoreSummary> {
  const sourceKeys = new Map(
    articles.flatMap((a) => (a.sourceKey ? [[a.id, a.sourceKey] as const] : [])),
  );
  const bar = options.progress
    ? new SingleBar(
        { stream: process.stderr, format: 'neo4j  [{bar}] {value}/{total} articles | {phase}' },
        Presets.shades_classic,
      )
    : undefined;
  const total = articles.length;
  bar?.start(total, 0, { phase: 'connecting' });
  let lastLine = Date.now();
  const summary = await storeGraph(config, envelope, {
    sourceKeys,
    onPhase: (phase) => {
      bar?.update({ phase });
      if (!bar) options.log(`neo4j:      ${phase}...\n`);
    },
    onArticle: (done) => {
      bar?.update(done, { phase: 'storing' });
      // Without a bar, a line at most every 2 s: long loads show they are moving.
      if (!bar && Date.now() - lastLine > 2000) {
        lastLine = Date.now();
        options.log(`neo4j:      ${done}/${total} articles stored\n`);
      }
    },
  }).finally(() => bar?.stop());
  options.log(
    `stored:     ${describeTarget(config)} — ${summary.articles} articles, ${summary.relations} relations (${(summary.ms / 1000).toFixed(2)} s)\n`,
  );
  return summary;
}

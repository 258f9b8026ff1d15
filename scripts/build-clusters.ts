/**
 * `npm run build:clusters`: word clusters from unlabelled text (esp.train tokens, labels ignored, plus
 * the raw news texts; never esp.testa), written to models/clusters-es.tsv.gz. Seeded; same input, same
 * output. `--method kmeans` (default; PPMI context vectors + spherical k-means, about 75 s) or
 * `--method exchange` (class-bigram exchange algorithm, about 3 min); `--out FILE`.
 * The committed model does not use clusters (they did not help on esp.testa; see docs/ner.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildClusters, DEFAULT_CLUSTER_OPTIONS } from '../src/training/ner/cluster-build.js';
import {
  buildExchangeClusters,
  DEFAULT_EXCHANGE_OPTIONS,
} from '../src/training/ner/exchange-clusters.js';
import { CLUSTERS_FILE, readConll, readNewsSentences } from './ner/common.js';

const { values } = parseArgs({
  options: {
    method: { type: 'string', default: 'kmeans' },
    out: { type: 'string', default: CLUSTERS_FILE },
  },
});
const METHODS = {
  kmeans: (s: readonly (readonly string[])[]) =>
    buildClusters(s, { ...DEFAULT_CLUSTER_OPTIONS, log: (m) => console.log(m) }),
  exchange: (s: readonly (readonly string[])[]) =>
    buildExchangeClusters(s, { ...DEFAULT_EXCHANGE_OPTIONS, log: (m) => console.log(m) }),
} as const;
const build = METHODS[values.method as keyof typeof METHODS];
if (!build)
  throw new Error(
    `--method must be one of ${Object.keys(METHODS).join(', ')}, got ${JSON.stringify(values.method)}`,
  );

const t0 = Date.now();
const sentences = [...readConll('esp.train').map((s) => s.tokens), ...readNewsSentences()];
console.log(
  `clustering ${sentences.length} sentences, ${sentences.reduce((a, s) => a + s.length, 0)} tokens (${values.method})`,
);
const table = build(sentences);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, gzipSync(table.toText(), { level: 9 }));
console.log(
  `wrote ${values.out}: ${table.size} words, granularities ${table.granularities.join('/')} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);

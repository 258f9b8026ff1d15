/**
 * `npm run build:clusters`: word clusters from unlabelled text (esp.train tokens, labels ignored, plus
 * the raw news texts), written to models/clusters-es.tsv.gz. Seeded; same input, same output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildClusters, DEFAULT_CLUSTER_OPTIONS } from '../src/nlp/ner/cluster-build.js';
import { CLUSTERS_FILE, MODELS_DIR, readConll, readNewsSentences } from './ner/common.js';

const t0 = Date.now();
const sentences = [...readConll('esp.train').map((s) => s.tokens), ...readNewsSentences()];
console.log(`clustering ${sentences.length} sentences, ${sentences.reduce((a, s) => a + s.length, 0)} tokens`);
const table = buildClusters(sentences, { ...DEFAULT_CLUSTER_OPTIONS, log: (m) => console.log(m) });
mkdirSync(MODELS_DIR, { recursive: true });
writeFileSync(CLUSTERS_FILE, gzipSync(table.toText(), { level: 9 }));
console.log(`wrote ${CLUSTERS_FILE}: ${table.size} words, granularities ${table.granularities.join('/')} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

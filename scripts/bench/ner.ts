/**
 * `npm run bench:ner`: model load time and tagging throughput (tokens/s, one core, Viterbi) on esp.testa,
 * with greedy decoding measured in the same run for comparison. Also the dev F1 of the run as a check.
 * Wall-clock and process CPU time are both reported (best of 5): on a shared machine the CPU-time rate
 * is the one-core figure; the wall rate includes waiting for the CPU.
 * Viterbi is timed twice: sentence by sentence (as the pipeline tags) and article by article with the
 * document features (as `trama eval conll` tags; building each article's context is inside the timing).
 * Usage: npm run bench:ner [-- MODEL_FILE] (default: the committed models/ner-es.model.bin.gz).
 */
import { readFileSync, statSync } from 'node:fs';
import { greedy, viterbi } from '../../src/nlp/ner/decode.js';
import { deserializeNerModel } from '../../src/nlp/ner/serialize.js';
import { createTagger } from '../../src/nlp/ner/tagger.js';
import { scoreConll } from '../../src/eval/conll/score.js';
import { conllDocuments, type DocumentContext } from '../../src/nlp/ner/document.js';
import { MODEL_FILE as DEFAULT_MODEL_FILE, readConll } from '../ner/common.js';

const MODEL_FILE = process.argv[2] ?? DEFAULT_MODEL_FILE;

const sentences = readConll('esp.testa');
const tokens = sentences.reduce((a, s) => a + s.tokens.length, 0);

const loads: number[] = [];
let model = undefined as ReturnType<typeof deserializeNerModel> | undefined;
for (let k = 0; k < 3; k++) {
  const t0 = performance.now();
  model = deserializeNerModel(readFileSync(MODEL_FILE), MODEL_FILE);
  loads.push(performance.now() - t0);
}
const m = model!;
const tagger = createTagger(m);
console.log(
  `model ${MODEL_FILE}: ${(statSync(MODEL_FILE).size / 1e6).toFixed(2)} MB, ${m.featureIndex.size} feature rows`,
);
console.log(
  `load (read + gunzip + parse): ${loads.map((x) => x.toFixed(0)).join(' / ')} ms (3 runs)`,
);

const documents = conllDocuments(sentences.map((s) => s.tokens));
/** Per sentence, its article's context (built inside the timed loop when tagging by article). */
function contexts(byArticle: boolean): (DocumentContext | undefined)[] {
  const out: (DocumentContext | undefined)[] = new Array(sentences.length).fill(undefined);
  if (!byArticle) return out;
  for (const [start, end] of documents) {
    const ctx = m.documentContext(sentences.slice(start, end).map((s) => s.tokens));
    for (let k = start; k < end; k++) out[k] = ctx;
  }
  return out;
}

function run(label: string, decode: typeof viterbi, byArticle = false): number {
  // Warm-up pass, then the best of 5 timed passes.
  const warm = contexts(byArticle);
  sentences.forEach((s, k) =>
    decode(m.emissions(s.tokens, warm[k]), s.tokens.length, m.T, m.transitions),
  );
  let best = Infinity;
  let bestCpu = Infinity;
  let f1 = 0;
  for (let r = 0; r < 5; r++) {
    const preds: string[][] = [];
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const docs = contexts(byArticle);
    sentences.forEach((s, k) =>
      preds.push(
        Array.from(
          decode(m.emissions(s.tokens, docs[k]), s.tokens.length, m.T, m.transitions),
          (t) => m.tags[t]!,
        ),
      ),
    );
    best = Math.min(best, performance.now() - t0);
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
    f1 = scoreConll(sentences.map((s, i) => ({ gold: s.tags, pred: preds[i]! }))).overall.f1;
  }
  const rate = tokens / (best / 1000);
  const cpuRate = tokens / (bestCpu / 1000);
  console.log(
    `${label.padEnd(9)} ${tokens} tokens: wall ${best.toFixed(0)} ms = ${Math.round(rate).toLocaleString('en')} tokens/s; ` +
      `CPU ${bestCpu.toFixed(0)} ms = ${Math.round(cpuRate).toLocaleString('en')} tokens/CPU-s; dev F1 ${(100 * f1).toFixed(2)}`,
  );
  return rate;
}
const v = run('viterbi', viterbi);
const va = run('articles', viterbi, true);
console.log(
  `viterbi by article (document features) / by sentence speed ratio: ${(va / v).toFixed(2)}`,
);
const g = run('greedy', greedy);
console.log(`greedy/viterbi speed ratio: ${(g / v).toFixed(2)}`);
const t0 = performance.now();
for (const s of sentences) tagger.tagWithScores(s.tokens);
const ms = performance.now() - t0;
console.log(
  `tagWithScores (viterbi + forward-backward): ${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s`,
);

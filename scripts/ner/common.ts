/** Shared helpers for the NER scripts: data paths, CoNLL loading, raw-text tokenising for clustering. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseConll } from '../../src/eval/conll/parse.js';
import { ClusterTable } from '../../src/nlp/ner/clusters.js';
import type { LabelledSentence } from '../../src/training/ner/lexicon-build.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DATA = resolve(
  process.env['TRAMA_SHARED_DATA'] ?? join(REPO_ROOT, '..', 'shared', 'data'),
);
export const CONLL_DIR = join(SHARED_DATA, 'conll2002-es');
export const NEWS_DIR = join(SHARED_DATA, 'news');
export const MODELS_DIR = join(REPO_ROOT, 'models');
export const CLUSTERS_FILE = join(MODELS_DIR, 'clusters-es.tsv.gz');
export const MODEL_FILE = join(MODELS_DIR, 'ner-es.model.bin.gz');
export const GIVEN_NAMES_FILE = join(MODELS_DIR, 'given-names-es.txt');

/** The given-name list (one name a line, `#` comments). */
export function readGivenNames(file: string = GIVEN_NAMES_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export function readConll(name: 'esp.train' | 'esp.testa'): LabelledSentence[] {
  const file = join(CONLL_DIR, name);
  if (!existsSync(file))
    throw new Error(`${file} not found (set TRAMA_SHARED_DATA to the shared data folder)`);
  return parseConll(readFileSync(file, 'utf8'), file).map((s) => ({
    tokens: s.tokens,
    tags: s.gold,
  }));
}

/** A rough CoNLL-like tokeniser for raw news text (numbers with separators, abbreviations, punctuation split). */
export function roughTokenize(text: string): string[][] {
  const out: string[][] = [];
  const re =
    /\p{Lu}{1,3}\.(?:\p{Lu}{1,3}\.)+|\d+(?:[.,:]\d+)*|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
  for (const para of text.split(/\n+/)) {
    const tokens = para.match(re) ?? [];
    // Sentence split on . ! ? (kept as tokens).
    let cur: string[] = [];
    for (const t of tokens) {
      cur.push(t);
      if (t === '.' || t === '!' || t === '?') {
        out.push(cur);
        cur = [];
      }
    }
    if (cur.length > 0) out.push(cur);
  }
  return out;
}

/** Tokenised sentences of the raw news texts (unlabelled), empty when the folder is absent. */
export function readNewsSentences(): string[][] {
  if (!existsSync(NEWS_DIR)) return [];
  return readdirSync(NEWS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => roughTokenize(readFileSync(join(NEWS_DIR, f), 'utf8')));
}

export function readClusters(file: string = CLUSTERS_FILE): ClusterTable {
  return ClusterTable.fromText(gunzipSync(readFileSync(file)).toString('utf8'), file);
}

/** Texts of the annotated articles (news, then news-train), each folder in file-name order. */
export function annotatedArticleTexts(): string[] {
  return [NEWS_DIR, join(SHARED_DATA, 'news-train')].flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
}

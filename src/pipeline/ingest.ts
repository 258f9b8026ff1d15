/**
 * Ingest orchestration: paths → articles → extractions → one graph. Reading is the only I/O; bad
 * inputs are collected with their file names so the caller decides whether to stop.
 */
import {
  finalizeArticle,
  listInputFiles,
  readInput,
  type FinalizeOptions,
  type ReadOptions,
} from '../ingest/index.js';
import type { Article } from '../ingest/index.js';
import { addExtraction, createGraph, toEnvelope, type TramaGraph } from '../graph/index.js';
import { extractArticle, loadKnowledge } from '../nlp/index.js';
import { InputError, type GraphEnvelope, type Language } from '../schema/index.js';
import type { ArticleExtraction } from './types.js';

export interface IngestOptions extends ReadOptions, FinalizeOptions {
  /** Called after each input file with (done, total, file). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Keep going past bad inputs (they are still reported). */
  skipBad?: boolean;
}

export interface IngestResult {
  readonly envelope: GraphEnvelope;
  readonly graph: TramaGraph;
  readonly articles: readonly Article[];
  readonly extractions: readonly ArticleExtraction[];
  readonly failures: readonly InputError[];
  readonly tokens: number;
  readonly elapsedMs: number;
}

export function extractWithKnowledge(article: Article): ArticleExtraction {
  return extractArticle(article, loadKnowledge(article.language as Language));
}

export async function ingestPaths(
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const started = performance.now();
  const files = await listInputFiles(paths, options.cwd);
  const failures: InputError[] = [];
  const articles: Article[] = [];
  const seen = new Set<string>();
  for (const [index, file] of files.entries()) {
    try {
      for (const raw of await readInput(file, options)) {
        const article = finalizeArticle(raw, options);
        if (seen.has(article.id)) continue; // the same text twice is one article
        seen.add(article.id);
        articles.push(article);
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures.push(error);
      if (!options.skipBad) break;
    }
    options.onProgress?.(index + 1, files.length, file);
  }
  const graph = createGraph();
  const extractions: ArticleExtraction[] = [];
  let tokens = 0;
  if (failures.length === 0 || options.skipBad) {
    for (const article of articles) {
      const extraction = extractWithKnowledge(article);
      tokens += extraction.sentences.reduce((n, s) => n + s.tokens.length, 0);
      extractions.push(extraction);
      addExtraction(graph, extraction);
    }
  }
  return {
    envelope: toEnvelope(graph, 'ingest'),
    graph,
    articles,
    extractions,
    failures,
    tokens,
    elapsedMs: performance.now() - started,
  };
}

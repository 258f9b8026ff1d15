/**
 * Ingest orchestration: paths → articles → extractions → one graph, streaming: each article is
 * extracted, added to the graph and dropped, so memory holds the graph and nothing else. Reading is
 * the only I/O; bad inputs are collected with their file names so the caller decides whether to stop.
 */
import {
  finalizeArticle,
  readInput,
  selectInputFiles,
  type SkippedFile,
  type FinalizeOptions,
  type ReadOptions,
} from '../ingest/index.js';
import type { Article } from '../ingest/index.js';
import {
  addExtraction,
  createGraph,
  toEnvelope,
  type SpillAssembler,
  type TramaGraph,
} from '../graph/index.js';
import { InputError, type GraphEnvelope } from '../schema/index.js';
import { extractWithKnowledge } from './extract.js';
import { ExtractionPool, type ExtractedArticle } from './pool.js';
import type { ArticleExtraction } from './types.js';

export { extractWithKnowledge } from './extract.js';

export interface IngestOptions extends ReadOptions, FinalizeOptions {
  /** Called after each input file with (done, total, file). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Keep going past bad inputs (they are still reported). */
  skipBad?: boolean;
  /** Sees every extraction just before it joins the graph (nothing keeps it afterwards). */
  onExtraction?: (extraction: ArticleExtraction) => void;
  /**
   * Threads extracting in parallel: this one and `jobs − 1` workers (default 1: this thread only).
   * The graph is the same for any number; extractions made by a worker reach `onExtraction` without
   * their sentences' token arrays.
   */
  jobs?: number;
  /**
   * Assemble on disk instead of in memory (`SpillAssembler`): extractions go to it and the result's
   * `graph` stays empty; the caller writes the file from it.
   */
  spill?: SpillAssembler;
}

/** What the callers keep of an article once it is in the graph (its text is dropped). */
export type ArticleRef = Pick<Article, 'id' | 'source' | 'sourceKey'>;

export interface IngestResult {
  /** The assembled graph (empty when `spill` took the extractions). */
  readonly graph: TramaGraph;
  /** Distinct articles added to the graph. */
  readonly articleCount: number;
  /** Id and source of each distinct article, in input order. */
  readonly articles: readonly ArticleRef[];
  /** Every bad input (all files are read, so all are reported). */
  readonly failures: readonly InputError[];
  /** Files found in folders and not read (project files, --include/--exclude, other formats). */
  readonly skipped: readonly SkippedFile[];
  readonly tokens: number;
  readonly elapsedMs: number;
  /** Time spent adding extractions to the graph (assembly alone), in ms. */
  readonly assemblyMs: number;
  /** The graph as an envelope, built on first use (it shares the graph's attribute objects). */
  readonly envelope: GraphEnvelope;
}

export async function ingestPaths(
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const started = performance.now();
  const { files, skipped } = await selectInputFiles(paths, options);
  const failures: InputError[] = [];
  const seen = new Set<string>();
  const refs: ArticleRef[] = [];
  const graph = createGraph();
  let tokens = 0;
  let assemblyMs = 0;
  const add = ({ extraction, tokens: n }: ExtractedArticle): void => {
    tokens += n;
    options.onExtraction?.(extraction);
    const t = performance.now();
    if (options.spill) options.spill.add(extraction);
    else addExtraction(graph, extraction);
    assemblyMs += performance.now() - t;
  };
  const extractHere = (article: Article): ExtractedArticle => {
    const extraction = extractWithKnowledge(article);
    return { extraction, tokens: extraction.sentences.reduce((n, s) => n + s.tokens.length, 0) };
  };
  const pool = new ExtractionPool({ jobs: options.jobs ?? 1, extractHere, deliver: add });
  try {
    for (const [index, file] of files.entries()) {
      let articles: Article[];
      try {
        articles = (await readInput(file, options)).map((raw) => finalizeArticle(raw, options));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        failures.push(error);
        articles = [];
      }
      // After a bad input without --skip-bad nothing will be written: the remaining files are still
      // read so that every bad one is reported, but nothing more is extracted.
      if (failures.length > 0 && !options.skipBad) articles = [];
      for (const article of articles) {
        if (seen.has(article.id)) continue; // the same text twice is one article
        seen.add(article.id);
        refs.push({
          id: article.id,
          source: article.source,
          ...(article.sourceKey ? { sourceKey: article.sourceKey } : {}),
        });
        await pool.submit(article);
      }
      options.onProgress?.(index + 1, files.length, file);
    }
    await pool.finish();
  } finally {
    await pool.close();
  }
  let envelope: GraphEnvelope | undefined;
  return {
    graph,
    articleCount: seen.size,
    articles: refs,
    failures,
    skipped,
    tokens,
    elapsedMs: performance.now() - started,
    assemblyMs,
    get envelope() {
      envelope ??= toEnvelope(graph, 'ingest');
      return envelope;
    },
  };
}

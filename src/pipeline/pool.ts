/**
 * Extraction on every core: the main thread and `jobs − 1` worker threads extract articles side by
 * side, and the results are delivered in input order whatever finishes first — so the graph is the
 * same for any number of jobs. The main thread feeds each worker a few articles ahead and extracts
 * the next article itself only when every worker's queue is full, so no core waits and no thread
 * competes with the main one for a core (it also assembles the graph). A bounded number of articles
 * is in flight, which bounds memory; each worker's heap is capped, and the articles of a worker that
 * runs out of heap are extracted in the main thread instead.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Article } from '../ingest/index.js';
import type { ArticleExtraction } from './types.js';

export interface ExtractRequest {
  readonly seq: number;
  readonly article: Article;
}

export type ExtractResponse =
  | { readonly seq: number; readonly extraction: ArticleExtraction; readonly tokens: number }
  | { readonly seq: number; readonly error: string };

export interface ExtractedArticle {
  readonly extraction: ArticleExtraction;
  readonly tokens: number;
}

export interface PoolOptions {
  /** Threads extracting, the main one included (1: everything in the main thread, no worker). */
  readonly jobs: number;
  /** Extracts one article in the main thread. */
  readonly extractHere: (article: Article) => ExtractedArticle;
  /** Receives every extraction, in submission order. */
  readonly deliver: (extracted: ExtractedArticle) => void;
  /** Articles sent ahead to each worker (default 4). */
  readonly queueDepth?: number;
  /** Old-generation heap of each worker, in MiB (default {@link WORKER_HEAP_MB}). */
  readonly workerHeapMb?: number;
}

/**
 * A worker holds the language knowledge (about 85 MiB live) and one article at a time; without a cap
 * V8 lets each worker's heap grow to several hundred MiB between major collections.
 */
export const WORKER_HEAP_MB = 256;

/**
 * Articles the main thread may hold extracted, per job, while it waits for an earlier one from a
 * worker (results are delivered in order). With 2 per job the main thread sat idle for 8% of a
 * 3,000-article ingest behind a worker's long article; with 8, 3% (3.7 s and 1.4 s of 44-48 s, measured under load; docs/benchmarks.md).
 */
export const MAIN_AHEAD = 8;

/** Articles submitted and not yet delivered, at most: the workers' queues and the main thread's lead. */
export const maxInFlight = (jobs: number, queueDepth: number): number =>
  (jobs - 1) * queueDepth + MAIN_AHEAD * jobs;

export class ExtractionPoolError extends Error {
  constructor(article: Article, detail: string) {
    super(`extraction worker failed on ${article.source} (${article.id}): ${detail}`);
    this.name = 'ExtractionPoolError';
  }
}

/**
 * The worker next to this module: the compiled `.js`, or (tests, development) the `.ts` source with
 * tsx's loader registered first — `--import tsx` in a worker's `execArgv` does not reach its entry
 * module on Node 20.
 */
function spawnWorker(resourceLimits: ResourceLimits): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./extract-worker.js', import.meta.url), { resourceLimits });
  }
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/** Workers replaced after running out of heap, at most, in one pool. */
const MAX_RESPAWNS = 3;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface PoolWorker {
  readonly thread: Worker;
  /** Articles posted to it and not yet answered, by sequence number. */
  readonly queued: Map<number, Article>;
}

export class ExtractionPool {
  private readonly depth: number;
  private readonly maxInFlight: number;
  private readonly workers: PoolWorker[] = [];
  /** Sequence numbers → articles submitted and not yet delivered. */
  private readonly articles = new Map<number, Article>();
  private readonly done = new Map<number, ExtractedArticle | { error: string }>();
  /** Articles of workers that ran out of heap, to extract here. */
  private readonly redo: number[] = [];
  private held: number | undefined;
  private started = false;
  private respawns = 0;
  private nextSeq = 0;
  private nextOut = 0;
  private wake: (() => void) | undefined;
  private failure: Error | undefined;

  constructor(private readonly options: PoolOptions) {
    this.depth = options.queueDepth ?? 4;
    this.maxInFlight = maxInFlight(options.jobs, this.depth);
  }

  /** Threads started so far (for tests and diagnostics). */
  get workerThreads(): readonly Worker[] {
    return this.workers.map((w) => w.thread);
  }

  /**
   * Takes an article: sends it to a worker with room, or extracts it here; delivers what is ready.
   * Waits while too many articles are in flight.
   */
  async submit(article: Article): Promise<void> {
    const seq = this.nextSeq++;
    this.articles.set(seq, article);
    if (this.options.jobs <= 1) {
      this.done.set(seq, this.options.extractHere(article));
      this.flush();
      return;
    }
    // Workers start with the second article: a one-article ingest does not pay for their start-up.
    if (!this.started) {
      if (this.held === undefined) {
        this.held = seq;
        return;
      }
      this.start();
      this.place(this.held);
      this.held = undefined;
    }
    this.place(seq);
    await this.settle(this.maxInFlight);
  }

  /** Delivers everything still in flight, then stops the workers. */
  async finish(): Promise<void> {
    try {
      if (this.held !== undefined) {
        this.place(this.held);
        this.held = undefined;
      }
      await this.settle(0);
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    const threads = this.workers.splice(0).map((w) => w.thread);
    await Promise.all(threads.map((t) => t.terminate()));
  }

  private start(): void {
    this.started = true;
    for (let i = 1; i < this.options.jobs; i++) this.addWorker();
  }

  private addWorker(): void {
    const thread = spawnWorker({
      maxOldGenerationSizeMb: this.options.workerHeapMb ?? WORKER_HEAP_MB,
    });
    const worker: PoolWorker = { thread, queued: new Map() };
    thread.on('message', (response: ExtractResponse) => {
      worker.queued.delete(response.seq);
      this.done.set(response.seq, response);
      this.wake?.();
    });
    thread.on('error', (error: Error & { code?: string }) => {
      this.drop(worker);
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        // One article too large for a worker's heap: it and the rest of the queue are extracted
        // here, and a fresh worker takes over (a few times at most, in case every article is).
        this.redo.push(...worker.queued.keys());
        if (this.respawns++ < MAX_RESPAWNS) this.addWorker();
      } else this.failure ??= error;
      this.wake?.();
    });
    thread.on('exit', (code) => {
      // Still listed: it stopped on its own, not through close() or after an error.
      if (!this.workers.includes(worker)) return;
      this.drop(worker);
      if (worker.queued.size > 0) {
        this.failure ??= new Error(`extraction worker stopped with exit code ${code}`);
      }
      this.wake?.();
    });
    this.workers.push(worker);
  }

  private drop(worker: PoolWorker): void {
    const at = this.workers.indexOf(worker);
    if (at >= 0) this.workers.splice(at, 1);
  }

  /** Sends article `seq` to the least busy worker with room, else extracts it here. */
  private place(seq: number): void {
    let target: PoolWorker | undefined;
    for (const w of this.workers) {
      if (w.queued.size < this.depth && (!target || w.queued.size < target.queued.size)) target = w;
    }
    const article = this.articles.get(seq)!;
    if (target) {
      target.queued.set(seq, article);
      target.thread.postMessage({ seq, article } satisfies ExtractRequest);
    } else {
      this.done.set(seq, this.options.extractHere(article));
    }
  }

  /** Delivers in order and waits for the workers until at most `limit` articles are in flight. */
  private async settle(limit: number): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      for (let seq = this.redo.shift(); seq !== undefined; seq = this.redo.shift()) {
        this.done.set(seq, this.options.extractHere(this.articles.get(seq)!));
      }
      this.flush();
      if (this.nextSeq - this.nextOut <= limit) {
        // Let answers that arrived while this thread was busy in, so workers get their next article.
        await nextTurn();
        if (this.failure) throw this.failure;
        this.flush();
        return;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  private flush(): void {
    for (let next = this.done.get(this.nextOut); next; next = this.done.get(this.nextOut)) {
      const article = this.articles.get(this.nextOut)!;
      this.done.delete(this.nextOut);
      this.articles.delete(this.nextOut);
      this.nextOut++;
      if ('error' in next) throw new ExtractionPoolError(article, next.error);
      this.options.deliver(next);
    }
  }
}

/**
 * Extraction on every core: a pool of worker threads, each with its own copy of the knowledge, fed
 * articles in input order and giving the extractions back in that same order, whatever finishes
 * first — so the graph is the same for any number of workers. At most `2 × jobs` articles are in
 * flight, which bounds memory.
 */
import { Worker } from 'node:worker_threads';
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

export class ExtractionPoolError extends Error {
  constructor(article: Article, detail: string) {
    super(`extraction worker failed on ${article.source} (${article.id}): ${detail}`);
    this.name = 'ExtractionPoolError';
  }
}

/** The worker script next to this module: compiled `.js`, or the `.ts` source run through tsx. */
function workerScript(): { url: URL; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  return {
    url: new URL(fromSource ? './extract-worker.ts' : './extract-worker.js', import.meta.url),
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  };
}

export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: { seq: number; article: Article }[] = [];
  private readonly pending = new Map<number, Article>();
  private readonly done = new Map<number, ExtractResponse>();
  private nextSeq = 0;
  private nextOut = 0;
  private wake: (() => void) | undefined;
  private failure: Error | undefined;

  constructor(readonly jobs: number) {
    const { url, execArgv } = workerScript();
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(url, { execArgv });
      worker.on('message', (response: ExtractResponse) => {
        this.done.set(response.seq, response);
        this.idle.push(worker);
        this.dispatch();
        this.wake?.();
      });
      worker.on('error', (error) => {
        this.failure ??= error;
        this.wake?.();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Articles submitted and not yet taken back. */
  get inFlight(): number {
    return this.nextSeq - this.nextOut;
  }

  get full(): boolean {
    return this.inFlight >= 2 * this.jobs;
  }

  submit(article: Article): void {
    const seq = this.nextSeq++;
    this.pending.set(seq, article);
    this.waiting.push({ seq, article });
    this.dispatch();
  }

  /** The next extraction in submission order (waits for it); undefined when nothing is in flight. */
  async next(): Promise<ExtractedArticle | undefined> {
    if (this.inFlight === 0) return undefined;
    for (;;) {
      if (this.failure) throw this.failure;
      const response = this.done.get(this.nextOut);
      if (response) {
        this.done.delete(this.nextOut);
        const article = this.pending.get(this.nextOut)!;
        this.pending.delete(this.nextOut);
        this.nextOut++;
        if ('error' in response) throw new ExtractionPoolError(article, response.error);
        return { extraction: response.extraction, tokens: response.tokens };
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const request = this.waiting.shift()!;
      worker.postMessage(request satisfies ExtractRequest);
    }
  }
}

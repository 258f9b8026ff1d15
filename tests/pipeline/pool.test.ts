/**
 * The extraction pool: the main thread and workers share the articles, results come back in
 * submission order, a worker that runs out of heap hands its articles back to the main thread, and a
 * worker's failure names the article. Invented articles; real workers (the `.ts` worker through tsx).
 */
import { describe, expect, it } from 'vitest';
import { finalizeArticle, type Article } from '../../src/ingest/index.js';
import { extractWithKnowledge } from '../../src/pipeline/index.js';
import {
  ExtractionPool,
  maxInFlight,
  WORKER_HEAP_MB,
  type ExtractedArticle,
} from '../../src/pipeline/pool.js';

const SENTENCES = [
  'La ministra de Exteriores de Noruega, Ingrid Dalen, se reunió en Oslo con el canciller de Chile, Tomás Ibarra.',
  'El Gobierno de Perú envió 300 soldados a la frontera, informó la agencia Andina.',
  'La alcaldesa de Valencia, Marta Soler, criticó al Ministerio de Hacienda.',
];

function articles(count: number): Article[] {
  return Array.from({ length: count }, (_, k) =>
    finalizeArticle({
      source: `a${k}.txt`,
      format: 'txt',
      text: `Crónica ${k}\n\n${Array.from({ length: 1 + ((k * 7) % 11) }, (_, i) => SENTENCES[(i + k) % 3]).join(' ')}`,
    }),
  );
}

const extractHere = (article: Article): ExtractedArticle => {
  const extraction = extractWithKnowledge(article);
  return { extraction, tokens: extraction.sentences.reduce((n, s) => n + s.tokens.length, 0) };
};

/** Extractions made by a worker travel without their sentences' token arrays. */
const byWorker = (e: ExtractedArticle): boolean =>
  e.extraction.sentences.every((s) => s.tokens.length === 0);

/** What the graph uses of an extraction (token arrays aside). */
const essence = (e: ExtractedArticle): unknown => ({
  id: e.extraction.article.id,
  tokens: e.tokens,
  entities: e.extraction.entities,
  relations: e.extraction.relations,
});

async function run(
  input: readonly Article[],
  options: { jobs: number; workerHeapMb?: number; queueDepth?: number },
): Promise<{ out: ExtractedArticle[]; heapLimits: number[]; mostInFlight: number }> {
  const out: ExtractedArticle[] = [];
  const pool = new ExtractionPool({ ...options, extractHere, deliver: (e) => out.push(e) });
  const heapLimits: number[] = [];
  let submitted = 0;
  let mostInFlight = 0;
  try {
    for (const article of input) {
      await pool.submit(article);
      submitted++;
      mostInFlight = Math.max(mostInFlight, submitted - out.length);
      for (const t of pool.workerThreads) {
        if (t.resourceLimits) heapLimits.push(t.resourceLimits.maxOldGenerationSizeMb!);
      }
    }
    await pool.finish();
  } finally {
    await pool.close();
  }
  return { out, heapLimits, mostInFlight };
}

describe('ExtractionPool', () => {
  const input = articles(24);
  let single: ExtractedArticle[];

  it('with one job extracts everything in this thread, in order', async () => {
    single = (await run(input, { jobs: 1 })).out;
    expect(single.map((e) => e.extraction.article.source)).toEqual(input.map((a) => a.source));
    expect(single.some(byWorker)).toBe(false);
  }, 60_000);

  it('shares the articles between this thread and a capped worker, delivering them in order', async () => {
    const { out, heapLimits } = await run(input, { jobs: 2, queueDepth: 2 });
    expect(out.map((e) => e.extraction.article.source)).toEqual(input.map((a) => a.source));
    expect(out.map(essence)).toEqual(single.map(essence));
    // Both threads did part of the work.
    expect(out.filter(byWorker).length).toBeGreaterThan(0);
    expect(out.filter((e) => !byWorker(e)).length).toBeGreaterThan(0);
    expect(heapLimits.length).toBeGreaterThan(0);
    expect(new Set(heapLimits)).toEqual(new Set([WORKER_HEAP_MB]));
  }, 120_000);

  // While the worker starts up, this thread runs ahead until the bound stops it (17 here).
  it('holds at most (jobs − 1) × depth + MAIN_AHEAD × jobs articles in flight', async () => {
    const many = articles(60);
    const { out, mostInFlight } = await run(many, { jobs: 2, queueDepth: 1 });
    expect(out.map((e) => e.extraction.article.source)).toEqual(many.map((a) => a.source));
    expect(mostInFlight).toBeGreaterThan(1);
    expect(mostInFlight).toBeLessThanOrEqual(maxInFlight(2, 1));
  }, 120_000);

  it('extracts here the articles of a worker that runs out of heap', async () => {
    const { out } = await run(input.slice(0, 6), { jobs: 2, workerHeapMb: 4 });
    expect(out.map(essence)).toEqual(single.slice(0, 6).map(essence));
    expect(out.some(byWorker)).toBe(false);
  }, 120_000);

  it('names the article a worker failed on', async () => {
    const broken = [0, 1].map((k) => ({ ...input[k]!, text: null }) as unknown as Article);
    await expect(run(broken, { jobs: 2 })).rejects.toThrow(
      /extraction worker failed on a0\.txt \(/,
    );
  }, 120_000);
});

/**
 * Worker-thread entry of the extraction pool: articles in, extractions out. Sentences travel without
 * their token arrays (assembly needs only their spans and text; the token count comes apart).
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../ingest/index.js';
import { extractWithKnowledge } from './extract.js';
import type { ExtractRequest, ExtractResponse } from './pool.js';
import type { ArticleExtraction } from './types.js';

export function slimExtraction(extraction: ArticleExtraction): ArticleExtraction {
  return {
    ...extraction,
    sentences: extraction.sentences.map((s) => ({
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
      tokens: [],
      lower: [],
    })),
  };
}

parentPort?.on('message', ({ seq, article }: ExtractRequest & { article: Article }) => {
  let response: ExtractResponse;
  try {
    const extraction = extractWithKnowledge(article);
    const tokens = extraction.sentences.reduce((n, s) => n + s.tokens.length, 0);
    response = { seq, extraction: slimExtraction(extraction), tokens };
  } catch (error) {
    response = {
      seq,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort!.postMessage(response);
});

/**
 * One article through the NLP layer with its language's knowledge. Apart from ingest.ts so that an
 * extraction worker loads the NLP layer only, not reading, decoding or graph assembly (a worker starts
 * sooner and compiles less).
 */
import type { Article } from '../ingest/index.js';
import { extractArticle, loadKnowledge } from '../nlp/index.js';
import type { Language } from '../schema/index.js';
import type { ArticleExtraction } from './types.js';

export function extractWithKnowledge(article: Article): ArticleExtraction {
  return extractArticle(article, loadKnowledge(article.language as Language));
}

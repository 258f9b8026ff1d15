export { extractArticle } from '../nlp/index.js';
export {
  ingestPaths,
  extractWithKnowledge,
  type IngestOptions,
  type IngestResult,
} from './ingest.js';
export type { ArticleExtraction } from './types.js';

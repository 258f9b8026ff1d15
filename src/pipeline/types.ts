export type { ArticleExtraction } from '../nlp/index.js';

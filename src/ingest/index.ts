export * from './types.js';
export {
  finalizeArticle,
  contentHash,
  DEFAULT_MAX_ARTICLE_CHARS,
  type FinalizeOptions,
} from './article.js';
export { listInputFiles, readInput, DEFAULT_MAX_FILE_BYTES, type ReadOptions } from './read.js';
export { normalizeText } from './normalize.js';
export { FORMAT_READERS, readerForPath, sniffFormat } from './formats/index.js';
export { detectLanguage } from './language.js';

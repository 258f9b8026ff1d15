/** CoNLL NER evaluation: reading column files, conlleval chunking and scoring, and the text report. */
export type { Chunk, ChunkScore, ConllScores, ConllSentence } from './types.js';
export { parseConll, formatConll } from './parse.js';
export { extractChunks, startsChunk, endsChunk } from './chunks.js';
export { scoreConll, chunkScore } from './score.js';
export type { TagPair } from './score.js';
export { formatConllScores } from './format.js';
export { tagConllSentences } from './tag-file.js';
export type { SentenceTagger } from './tag-file.js';

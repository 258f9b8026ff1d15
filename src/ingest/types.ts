import type { Language } from '../schema/index.js';

/** Input formats trama reads. */
export type InputFormat = 'txt' | 'md' | 'html' | 'jsonl';

/** One article ready for the NLP stages: normalised text plus where it came from. */
export interface Article {
  /** Content hash of `text` (first 16 hex digits of SHA-256). */
  readonly id: string;
  /** The file path as the user typed it, `path#id` or `path:line` for jsonl, or "stdin". */
  readonly source: string;
  /**
   * `source` with the file's canonical (real, absolute) path: the same file named two ways has one
   * sourceKey. Used to replace an older version of the article in the store; not in the graph file.
   */
  readonly sourceKey?: string;
  readonly title: string;
  /** Normalised text: every offset in the graph points into this string. */
  readonly text: string;
  readonly language: Language;
  readonly format: InputFormat;
  readonly publishedAt?: string;
}

/** An article before language detection and hashing. */
export interface RawArticle {
  readonly source: string;
  readonly sourceKey?: string;
  readonly text: string;
  readonly format: InputFormat;
  readonly title?: string;
  readonly language?: Language;
  readonly publishedAt?: string;
}

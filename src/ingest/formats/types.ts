import type { InputFormat, RawArticle } from '../types.js';

/** A reader for one input format: the whole file's text in, zero or more raw articles out. */
export interface FormatReader {
  readonly format: InputFormat;
  /** File name extensions (lower case, with the dot) this reader claims. */
  readonly extensions: readonly string[];
  read(text: string, source: string): RawArticle[];
}

/** Registry of input formats, looked up by name or by file extension. */
import { extname } from 'node:path';
import type { InputFormat } from '../types.js';
import { htmlReader } from './html.js';
import { jsonlReader } from './jsonl.js';
import { mdReader } from './md.js';
import { txtReader } from './txt.js';
import type { FormatReader } from './types.js';

export type { FormatReader } from './types.js';

export const FORMAT_READERS: Readonly<Record<InputFormat, FormatReader>> = {
  txt: txtReader,
  md: mdReader,
  html: htmlReader,
  jsonl: jsonlReader,
};

const BY_EXTENSION = new Map<string, FormatReader>(
  Object.values(FORMAT_READERS).flatMap((reader) =>
    reader.extensions.map((ext) => [ext, reader] as const),
  ),
);

export const SUPPORTED_EXTENSIONS: readonly string[] = [...BY_EXTENSION.keys()];

/** The reader for a file, by extension; undefined for files trama does not read. */
export function readerForPath(path: string): FormatReader | undefined {
  return BY_EXTENSION.get(extname(path).toLowerCase());
}

/** Content sniffing for stdin: JSON lines, HTML, else plain text. */
export function sniffFormat(text: string): InputFormat {
  const head = text.trimStart().slice(0, 512);
  if (head.startsWith('{') && head.includes('"')) return 'jsonl';
  if (/^<(!doctype html|html|head|body|article|p|div)[\s>]/i.test(head)) return 'html';
  return 'txt';
}

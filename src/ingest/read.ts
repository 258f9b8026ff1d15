/**
 * The input edge: expand paths (files, folders, "-" for stdin) into raw articles. All file I/O of
 * the ingest stage happens here; everything after it is pure.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputError } from '../schema/index.js';
import { decodeUtf8 } from './decode.js';
import {
  FORMAT_READERS,
  readerForPath,
  sniffFormat,
  SUPPORTED_EXTENSIONS,
} from './formats/index.js';
import type { InputFormat, RawArticle } from './types.js';

export interface ReadOptions {
  /** Largest input file read, in bytes (default 64 MiB). */
  maxFileBytes?: number;
  /** Force the format instead of choosing it by extension. */
  format?: InputFormat;
  /** Where stdin comes from (tests pass a buffer). */
  stdin?: () => Promise<Uint8Array>;
  cwd?: string;
}

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Every readable file under the given paths, in a stable (sorted) order. */
export async function listInputFiles(
  paths: readonly string[],
  cwd = process.cwd(),
): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push('-');
      continue;
    }
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(
        path,
        error.code === 'ENOENT'
          ? 'no such file or folder'
          : `cannot be read (${error.code ?? error.message})`,
      );
    });
    if (info.isDirectory()) {
      const found = await walk(path);
      if (found.length === 0) {
        throw new InputError(
          path,
          `folder has no articles (looked for ${SUPPORTED_EXTENSIONS.join(', ')})`,
        );
      }
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return files.map((f) => (f === '-' ? f : relative(cwd, f) || f));
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile() && readerForPath(full)) out.push(full);
  }
  return out;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Read one input (a file path or "-") into raw articles. */
export async function readInput(file: string, options: ReadOptions = {}): Promise<RawArticle[]> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Uint8Array;
  const source = file === '-' ? 'stdin' : file;
  if (file === '-') {
    bytes = await (options.stdin ?? readStdin)();
  } else {
    const info = await stat(file);
    if (info.size > maxBytes) {
      throw new InputError(
        file,
        `is ${(info.size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit for one input file (raise it with --max-file-mb)`,
      );
    }
    bytes = await readFile(file);
  }
  if (bytes.length > maxBytes) {
    throw new InputError(
      source,
      `is ${(bytes.length / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit for one input (raise it with --max-file-mb)`,
    );
  }
  const text = decodeUtf8(bytes, source);
  if (!text.trim()) throw new InputError(source, 'is empty (only whitespace)');
  const reader = options.format
    ? FORMAT_READERS[options.format]
    : file === '-'
      ? FORMAT_READERS[sniffFormat(text)]
      : readerForPath(file);
  if (!reader) {
    throw new InputError(
      file,
      `has an unsupported extension (trama reads ${SUPPORTED_EXTENSIONS.join(', ')}; use --format to force one)`,
    );
  }
  return reader.read(text, source);
}

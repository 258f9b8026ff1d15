/**
 * The input edge: expand paths (files, folders, "-" for stdin) into raw articles. All file I/O of
 * the ingest stage happens here; everything after it is pure.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../schema/index.js';
import { decodeUtf8 } from './decode.js';
import {
  FORMAT_READERS,
  readerForPath,
  sniffFormat,
  SUPPORTED_EXTENSIONS,
} from './formats/index.js';
import {
  createFileSelector,
  describeSkipped,
  type SelectOptions,
  type SkippedFile,
} from './select.js';
import type { InputFormat, RawArticle } from './types.js';

export interface ReadOptions extends SelectOptions {
  /** Largest input file read, in bytes (default 64 MiB). */
  maxFileBytes?: number;
  /** Force the format instead of choosing it by extension. */
  format?: InputFormat;
  /** Where stdin comes from (tests pass a buffer). */
  stdin?: () => Promise<Uint8Array>;
}

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface InputFiles {
  /** Files to read, as the user typed them (folders joined with the names found in them), and "-". */
  files: string[];
  /** Files found in folders and not read, with the reason. */
  skipped: SkippedFile[];
}

/**
 * Every file to read under the given paths, in a stable (sorted) order, plus what was skipped inside
 * folders. Files named explicitly are always read; files found in folders pass `createFileSelector`.
 */
export async function selectInputFiles(
  paths: readonly string[],
  options: SelectOptions = {},
): Promise<InputFiles> {
  const select = createFileSelector(options);
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
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
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = await walk(path, '');
    const before = skipped.length;
    for (const relativePath of found) {
      const choice = select(relativePath);
      if (choice.read) files.push(join(path, relativePath));
      else skipped.push({ file: join(path, relativePath), reason: choice.reason });
    }
    if (!found.some((f) => select(f).read)) {
      throw new InputError(
        path,
        `folder has no articles (looked for ${SUPPORTED_EXTENSIONS.join(', ')}${skipped.length > before ? `; skipped ${describeSkipped(skipped.slice(before))}` : ''})`,
      );
    }
  }
  return { files, skipped };
}

/** The files to read (see `selectInputFiles`). */
export async function listInputFiles(
  paths: readonly string[],
  options: SelectOptions = {},
): Promise<string[]> {
  return (await selectInputFiles(paths, options)).files;
}

/** Regular files under `dir` (hidden ones and hidden folders left out), as paths relative to it with `/`. */
async function walk(dir: string, prefix: string): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(dir, relativePath)));
    else if (entry.isFile()) out.push(relativePath);
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
  const articles = reader.read(text, source);
  if (file === '-') return articles;
  // Where it came from, independent of the folder trama ran in: replacement in the store keys on it.
  const canonical = await realpath(file);
  return articles.map((raw) => ({
    ...raw,
    sourceKey: raw.source.startsWith(file) ? canonical + raw.source.slice(file.length) : raw.source,
  }));
}

/**
 * Reading the committed gazetteer resources (`resources/gazetteer/*.json`), once per process.
 * Nothing is fetched at run time: the files are built by `npm run build:gazetteer` and committed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../../schema/index.js';

/** src/nlp/gazetteer and dist/nlp/gazetteer are both three levels below the package root. */
const DEFAULT_DIR = fileURLToPath(new URL('../../../resources/gazetteer/', import.meta.url));

export function gazetteerDir(): string {
  return process.env.TRAMA_GAZETTEER_DIR ?? DEFAULT_DIR;
}

export function resourcePath(file: string): string {
  return join(gazetteerDir(), file);
}

/** Parse a committed JSON resource (plain or `.gz`). Errors name the file. */
export function readResource<T>(file: string): T {
  const path = resourcePath(file);
  let text: string;
  try {
    const raw = readFileSync(path);
    text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  } catch (cause) {
    throw new InputError(
      path,
      `cannot read gazetteer resource (run \`npm run build:gazetteer\`?): ${String(cause)}`,
      { cause },
    );
  }
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new InputError(path, `gazetteer resource is not valid JSON: ${String(cause)}`, { cause });
  }
}

/** A value computed on first use and cached for the life of the process. */
export function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** Map from key to entries, keeping insertion order and skipping duplicates of the same entry. */
export function addToIndex<T>(index: Map<string, T[]>, key: string, entry: T): void {
  if (key === '') return;
  const list = index.get(key);
  if (list === undefined) index.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

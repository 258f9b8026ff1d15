/** Reading a graph file for commands that take `--graph`. */
import { readFile } from 'node:fs/promises';
import { InputError, parseGraphEnvelope, type GraphEnvelope } from '../schema/index.js';

export async function readGraphFile(path: string): Promise<GraphEnvelope> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      path,
      error.code === 'ENOENT'
        ? 'graph file not found; make one with `trama ingest ARTICLES --out FILE`, or use the shipped sample with --graph graph-data/sample.json'
        : `cannot be read (${error.code})`,
    );
  });
  return parseGraphEnvelope(text, path);
}

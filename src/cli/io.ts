/** Reading a graph file for commands that take `--graph`. */
import { readFile } from 'node:fs/promises';
import { InputError, parseGraphEnvelope, type GraphEnvelope } from '../schema/index.js';

export async function readGraphFile(path: string): Promise<GraphEnvelope> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      path,
      error.code === 'ENOENT'
        ? 'graph file not found; make one with `trama ingest ARTICLES --out FILE`, or use the shipped sample with --graph graph-data/sample.json'
        : `cannot be read (${error.code})`,
    );
  });
  // Bytes, not a string: a big graph file is longer than the longest string V8 makes.
  return parseGraphEnvelope(bytes, path);
}

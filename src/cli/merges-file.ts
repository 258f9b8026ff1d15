/** Reads the `--merges FILE` of `trama ingest`: a merge list checked with the shared schema. */
import { readFile } from 'node:fs/promises';
import { InputError, parseMergeList, type MergeList } from '../schema/index.js';

export async function readMergesFile(path: string): Promise<MergeList> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(path, `cannot read the merge list (${(error as Error).message})`);
  }
  return parseMergeList(text, path);
}

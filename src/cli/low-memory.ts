/**
 * Whether `trama ingest` assembles on disk (`--low-memory`): as asked, else automatically when the
 * input is large enough that the graph in memory could pass 1 GB, unless an option needs the whole
 * graph in memory (`--merges`, `--neo4j`).
 */
import { stat } from 'node:fs/promises';
import { selectInputFiles, type SelectOptions } from '../ingest/index.js';

/**
 * Input bytes above which assembly goes to disk by default: 16 MiB of text is about 7,500 articles of
 * the `bench:scale` corpora, whose graph in memory peaks at 0.8–1.1 GiB at 10,000 (21 MB of text;
 * docs/benchmarks.md, session 12).
 */
export const AUTO_LOW_MEMORY_BYTES = 16 * 1024 * 1024;

export interface LowMemoryChoice {
  readonly lowMemory: boolean;
  /** Why it was chosen without being asked for (printed as a note), when it was. */
  readonly note?: string;
}

export function chooseLowMemory(
  asked: boolean | undefined,
  inputBytes: number,
  needsWholeGraph: boolean,
  limit = AUTO_LOW_MEMORY_BYTES,
): LowMemoryChoice {
  if (asked !== undefined) return { lowMemory: asked };
  if (needsWholeGraph || inputBytes <= limit) return { lowMemory: false };
  return {
    lowMemory: true,
    note: `${(inputBytes / 2 ** 20).toFixed(0)} MiB of input: assembling the graph on disk to keep memory bounded (--no-low-memory keeps it in memory)`,
  };
}

/** Bytes of the files an ingest of `paths` would read (stdin counts as nothing). */
export async function inputBytes(
  paths: readonly string[],
  options: SelectOptions,
): Promise<number> {
  const { files } = await selectInputFiles(paths, options);
  let total = 0;
  for (const file of files) if (file !== '-') total += (await stat(file)).size;
  return total;
}

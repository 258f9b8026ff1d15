/** The temporary files of assembly on disk: partition files written in chunks, and files read by line. */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { FNV_OFFSET, fnv1a } from '../../util/fnv.js';

/** Buffered text per file is written out past this many characters. */
export const FLUSH_CHARS = 1 << 16;

/**
 * Which of `partitions` files a key goes to: FNV-1a of the key, from another start at each `level`, so
 * that a partition split again spreads its keys anew.
 */
export function partitionOf(key: string, partitions: number, level = 0): number {
  return (fnv1a(FNV_OFFSET ^ Math.imul(level, 0x9e3779b9), key) >>> 0) % partitions;
}

/** `count` files `<dir>/<prefix><i>.jsonl`, made new, each written through its own buffer. */
export class PartitionFiles {
  private readonly buffers: string[];
  private readonly fds: number[];

  constructor(
    private readonly dir: string,
    readonly prefix: string,
    readonly count: number,
  ) {
    this.buffers = Array.from({ length: count }, () => '');
    this.fds = Array.from({ length: count }, (_, i) => openSync(this.path(i), 'wx'));
  }

  path(i: number): string {
    return join(this.dir, `${this.prefix}${i}.jsonl`);
  }

  append(i: number, line: string): void {
    this.buffers[i] += `${line}\n`;
    if (this.buffers[i]!.length >= FLUSH_CHARS) this.flush(i);
  }

  close(): void {
    for (let i = 0; i < this.count; i++) {
      this.flush(i);
      closeSync(this.fds[i]!);
    }
  }

  private flush(i: number): void {
    if (this.buffers[i]) writeSync(this.fds[i]!, this.buffers[i]!);
    this.buffers[i] = '';
  }
}

/** Write lines to a new file, in chunks. */
export function writeLines(path: string, lines: Iterable<string>): void {
  const fd = openSync(path, 'wx');
  try {
    let buffer = '';
    for (const line of lines) {
      buffer += `${line}\n`;
      if (buffer.length >= FLUSH_CHARS) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    if (buffer) writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}

/** The lines of a file, read in chunks. */
export function* linesOf(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const chunk = Buffer.alloc(1 << 16);
    let rest = '';
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      const text = rest + decoder.write(chunk.subarray(0, n));
      const lines = text.split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** The temporary files of assembly on disk: partition files written in chunks, and files read by line. */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** Buffered text per file is written out past this many characters. */
export const FLUSH_CHARS = 1 << 16;

/** 32-bit FNV-1a of a string's UTF-16 code units: which partition a key goes to. */
export function partitionOf(key: string, partitions: number, level = 0): number {
  // Another starting value per level, so that a partition split again spreads its keys anew.
  let h = (0x811c9dc5 ^ Math.imul(level, 0x9e3779b9)) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % partitions;
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

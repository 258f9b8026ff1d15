/** Write a file so readers see the old content or the new one, never half of it: temp file + rename. */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { OutputError } from '../schema/index.js';

function cannotWrite(path: string, error: unknown): OutputError {
  const e = error as NodeJS.ErrnoException;
  const why =
    e.code === 'EACCES' || e.code === 'EPERM'
      ? 'permission denied'
      : e.code === 'EISDIR'
        ? 'is a folder'
        : e.code === 'ENOTDIR'
          ? 'a parent is not a folder'
          : e.code === 'EROFS'
            ? 'read-only file system'
            : e.message;
  return new OutputError(path, `cannot be written (${why}${e.code ? `, ${e.code}` : ''})`, {
    cause: error,
  });
}

async function atomically(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
    throw cannotWrite(path, error);
  });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(temp);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw cannotWrite(path, error);
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await atomically(path, (temp) => writeFile(temp, data));
}

/** Stream text chunks into `path` (temp file + rename): the whole text is never one string. */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>): Promise<void> {
  await atomically(path, (temp) => pipeline(Readable.from(chunks), createWriteStream(temp)));
}

/** Write text chunks to an open stream (stdout), waiting for it to drain; leaves it open. */
export async function writeChunks(stream: Writable, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk))
      await new Promise<void>((done, fail) => {
        stream.once('drain', done);
        stream.once('error', fail);
      });
  }
  await new Promise<void>((done, fail) => stream.write('', (e) => (e ? fail(e) : done())));
}

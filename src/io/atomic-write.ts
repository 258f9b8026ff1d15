/** Write a file so readers see the old content or the new one, never half of it: temp file + rename. */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { OutputError } from '../schema/errors.js';

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

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
    throw cannotWrite(path, error);
  });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw cannotWrite(path, error);
  }
}

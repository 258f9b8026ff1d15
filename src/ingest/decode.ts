/**
 * Bytes → text, refusing what is not an article: binary files and invalid UTF-8 are errors
 * naming the file, never silently mangled text.
 */
import { InputError } from '../schema/index.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (probe.includes(0)) {
    throw new InputError(
      file,
      'looks like a binary file (it contains NUL bytes), not a text article',
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    throw new InputError(
      file,
      `is not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8 first`,
    );
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len =
      b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      if (i + k >= bytes.length || bytes[i + k]! >> 6 !== 0b10) return i;
    }
    i += len;
  }
  return i;
}

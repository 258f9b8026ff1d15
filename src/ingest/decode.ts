/**
 * Bytes → text, refusing what is not an article: binary files and invalid UTF-8 are errors
 * naming the file, never silently mangled text. UTF-16 with a byte-order mark is decoded.
 */
import { InputError } from '../schema/index.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Byte-order marks of UTF-16 (a UTF-16 file is full of NUL bytes, so it is told apart first). */
const UTF16_BOMS: ReadonlyArray<readonly [number, number, 'utf-16le' | 'utf-16be']> = [
  [0xff, 0xfe, 'utf-16le'],
  [0xfe, 0xff, 'utf-16be'],
];

function decodeUtf16(bytes: Uint8Array, file: string): string | undefined {
  const bom = UTF16_BOMS.find(([a, b]) => bytes[0] === a && bytes[1] === b);
  if (!bom) return undefined;
  const encoding = bom[2];
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      file,
      `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`,
    );
  }
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const utf16 = decodeUtf16(bytes, file);
  if (utf16 !== undefined) return utf16;
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

/**
 * JSON from a byte buffer of any size. `JSON.parse` needs the text as one string, and V8 strings stop
 * at 2^29 − 24 characters (≈ 512 MiB), so a big graph file could be written but not read back. Values
 * under `sliceBytes` are handed to `JSON.parse` whole (the common case: the whole file); bigger objects
 * and arrays are split at their top-level commas and each member is parsed on its own, recursively.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Parse `buffer` as JSON; throws SyntaxError naming the byte offset of the problem. */
export function parseJsonBuffer(buffer: Uint8Array, sliceBytes = 256 * 1024 * 1024): unknown {
  const buf = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buf.length <= sliceBytes) return JSON.parse(buf.toString('utf8'));
  const fail = (at: number, what: string): never => {
    throw new SyntaxError(`${what} at byte ${at}`);
  };
  const skipSpace = (i: number): number => {
    while (i < buf.length && isSpace(buf[i]!)) i++;
    return i;
  };
  /** Index just past the value that starts at `i` (strings and nesting respected). */
  const valueEnd = (i: number): number => {
    const first = buf[i];
    if (first === QUOTE) {
      for (let j = i + 1; j < buf.length; j++) {
        if (buf[j] === BACKSLASH) j++;
        else if (buf[j] === QUOTE) return j + 1;
      }
      return fail(i, 'unterminated string');
    }
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      for (let j = i; j < buf.length; j++) {
        const b = buf[j]!;
        if (b === QUOTE) {
          for (j++; j < buf.length && buf[j] !== QUOTE; j++) if (buf[j] === BACKSLASH) j++;
        } else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
        else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) return j + 1;
        }
      }
      return fail(i, 'unterminated object or array');
    }
    let j = i;
    while (
      j < buf.length &&
      !isSpace(buf[j]!) &&
      ![COMMA, CLOSE_BRACE, CLOSE_BRACKET].includes(buf[j]!)
    )
      j++;
    return j > i ? j : fail(i, 'expected a value');
  };
  const parseSlice = (start: number, end: number): unknown => {
    try {
      return JSON.parse(buf.toString('utf8', start, end));
    } catch (error) {
      return fail(start, `${(error as Error).message} in the value starting`);
    }
  };
  const parseValue = (start: number, end: number): unknown => {
    if (end - start <= sliceBytes) return parseSlice(start, end);
    const open = buf[start];
    const close = open === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
    if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return parseSlice(start, end);
    const object: Record<string, unknown> = {};
    const array: unknown[] = [];
    let i = skipSpace(start + 1);
    if (buf[i] === close) return open === OPEN_BRACE ? object : array;
    for (;;) {
      if (open === OPEN_BRACE) {
        if (buf[i] !== QUOTE) fail(i, 'expected a property name');
        const keyEnd = valueEnd(i);
        const key = parseSlice(i, keyEnd) as string;
        i = skipSpace(keyEnd);
        if (buf[i] !== COLON) fail(i, 'expected ":"');
        i = skipSpace(i + 1);
        const end = valueEnd(i);
        object[key] = parseValue(i, end);
        i = end;
      } else {
        const end = valueEnd(i);
        array.push(parseValue(i, end));
        i = end;
      }
      i = skipSpace(i);
      if (buf[i] === COMMA) i = skipSpace(i + 1);
      else if (buf[i] === close) break;
      else fail(i, 'expected "," or a closing bracket');
    }
    return open === OPEN_BRACE ? object : array;
  };
  const start = skipSpace(0);
  const end = valueEnd(start);
  if (skipSpace(end) !== buf.length) fail(skipSpace(end), 'unexpected data after the JSON value');
  return parseValue(start, end);
}

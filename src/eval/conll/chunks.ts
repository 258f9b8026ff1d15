/**
 * Chunk extraction exactly as conlleval does it (IOB1/IOB2/IOBES tolerant): a chunk starts at `B-X`, at
 * `I-X` after `O` or after another type, and (IOBES) at `S-X`/`E-X` in the same cases; it ends at `O`,
 * before a `B-`/`S-`, after an `E-`/`S-`, or when the type changes. Sentence boundaries end chunks.
 */
import type { Chunk } from './types.js';

interface SplitTag {
  readonly prefix: string;
  readonly type: string;
}

function splitTag(tag: string): SplitTag {
  if (tag === 'O') return { prefix: 'O', type: '' };
  const dash = tag.indexOf('-');
  if (dash < 0) return { prefix: tag, type: '' };
  return { prefix: tag.slice(0, dash), type: tag.slice(dash + 1) };
}

/** conlleval's endOfChunk: does a chunk end between `prev` and `cur`? */
export function endsChunk(prev: string, cur: string): boolean {
  const p = splitTag(prev);
  const c = splitTag(cur);
  if (p.prefix === 'E' || p.prefix === 'S') return true;
  if (
    (p.prefix === 'B' || p.prefix === 'I') &&
    (c.prefix === 'B' || c.prefix === 'S' || c.prefix === 'O')
  )
    return true;
  if (p.prefix !== 'O' && p.prefix !== '.' && p.type !== c.type) return true;
  // conlleval's bracket notation.
  if (p.prefix === ']') return true;
  if (c.prefix === '[') return p.prefix !== 'O';
  return false;
}

/** conlleval's startOfChunk: does a chunk start at `cur` given the previous tag `prev`? */
export function startsChunk(prev: string, cur: string): boolean {
  const p = splitTag(prev);
  const c = splitTag(cur);
  if (c.prefix === 'B' || c.prefix === 'S' || c.prefix === '[') return true;
  if (
    (p.prefix === 'E' || p.prefix === 'S' || p.prefix === 'O') &&
    (c.prefix === 'E' || c.prefix === 'I')
  )
    return true;
  if (c.prefix !== 'O' && c.prefix !== '.' && p.type !== c.type) return true;
  return false;
}

/** The chunks of one sentence's tag sequence, in order. */
export function extractChunks(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let openStart = -1;
  let openType = '';
  let prev = 'O';
  for (let i = 0; i <= tags.length; i++) {
    const cur = i < tags.length ? tags[i]! : 'O';
    if (openStart >= 0 && endsChunk(prev, cur)) {
      chunks.push({ type: openType, start: openStart, end: i });
      openStart = -1;
    }
    if (i < tags.length && startsChunk(prev, cur)) {
      openStart = i;
      openType = splitTag(cur).type;
    }
    prev = cur;
  }
  return chunks;
}

/**
 * Feature names → 53-bit integer ids without building the names. A feature is a concatenation of
 * parts (template, words, separators); its id is a pair of 32-bit polynomial hashes of the whole
 * string, computed from per-part hashes (`h(a + b) = h(a) · P^len(b) + h(b)`), which are memoised per
 * part string. The model hashes its feature names the same way once at load, so looking a token's
 * context features up costs a few multiplications and one number-keyed map lookup instead of string
 * concatenation and string hashing.
 */
import { GenerationalCache } from '../../util/generational-cache.js';

const P1 = 0x9e3779b1 | 0;
const P2 = 0x85ebca77 | 0;

interface PartHash {
  readonly h1: number;
  readonly h2: number;
  /** P1^len and P2^len mod 2^32. */
  readonly p1: number;
  readonly p2: number;
}

function hashPart(s: string): PartHash {
  let h1 = 0;
  let h2 = 0;
  let p1 = 1;
  let p2 = 1;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    h1 = (Math.imul(h1, P1) + c) | 0;
    h2 = (Math.imul(h2, P2) + c) | 0;
    p1 = Math.imul(p1, P1);
    p2 = Math.imul(p2, P2);
  }
  return { h1, h2, p1, p2 };
}

/** 53 bits of the two hashes: exact as a JavaScript number. */
const id = (h1: number, h2: number): number => (h1 >>> 0) * 2097152 + (h2 >>> 11);

/** Id of a whole feature name. */
export function featureId(name: string): number {
  const h = hashPart(name);
  return id(h.h1, h.h2);
}

/** Long parts whose hashes are kept, per generation (so at most twice this many). */
const PART_CACHE_LIMIT = 65_536;
/**
 * Parts this short are hashed on the spot instead of looked up: feature templates ("w-1w=") and most
 * words cost fewer multiplications than a lookup in a map of every part seen costs (its cache misses).
 */
const SHORT_PART = 12;

/** Ids of concatenated parts, with the parts' hashes memoised (bounded). */
export class FeatureHasher {
  private readonly parts = new GenerationalCache<string, PartHash>(PART_CACHE_LIMIT);
  private h1 = 0;
  private h2 = 0;

  private part(s: string): void {
    if (s.length <= SHORT_PART) {
      // Short parts ("|", templates, most words) are folded in character by character: the same
      // hash as their memoised one, for less than a map lookup costs.
      let h1 = this.h1;
      let h2 = this.h2;
      for (let k = 0; k < s.length; k++) {
        const c = s.charCodeAt(k);
        h1 = (Math.imul(h1, P1) + c) | 0;
        h2 = (Math.imul(h2, P2) + c) | 0;
      }
      this.h1 = h1;
      this.h2 = h2;
      return;
    }
    let h = this.parts.get(s);
    if (!h) {
      h = hashPart(s);
      this.parts.set(s, h);
    }
    this.h1 = (Math.imul(this.h1, h.p1) + h.h1) | 0;
    this.h2 = (Math.imul(this.h2, h.p2) + h.h2) | 0;
  }

  /** Hashes the parts given; `hi` and `lo` are then the two halves of their id. */
  hash(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): void {
    this.h1 = 0;
    this.h2 = 0;
    this.part(a);
    if (b !== undefined) this.part(b);
    if (c !== undefined) this.part(c);
    if (d !== undefined) this.part(d);
    if (e !== undefined) this.part(e);
    if (f !== undefined) this.part(f);
  }

  /** Upper 32 bits of the last id hashed (`id = hi · 2^21 + lo`). */
  get hi(): number {
    return this.h1 >>> 0;
  }

  /** Lower 21 bits of the last id hashed. */
  get lo(): number {
    return this.h2 >>> 11;
  }

  /** `featureId(a + b + c + d + e + f)` for the parts given. */
  id(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): number {
    this.hash(a, b, c, d, e, f);
    return id(this.h1, this.h2);
  }
}

/** 32-bit FNV-1a over a string's UTF-16 code units: the relation model's feature hashing and the on-disk assembly's partitions. */

/** FNV-1a's starting state. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a state `h` continued over the code units of `s` (hashing parts in turn = hashing their concatenation). */
export function fnv1a(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Word shapes: `Xxxxx` style character-class strings, long (length-capped) and short (runs collapsed). */

function charClass(c: string): string {
  if (c >= '0' && c <= '9') return 'd';
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower !== upper) return c === upper ? 'X' : 'x';
  return c;
}

/** Long shape: each character's class, with runs longer than 3 truncated ("Xxxx" for "Madrid"). */
export function wordShape(token: string): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (const ch of token) {
    const c = charClass(ch);
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run <= 3) out += c;
  }
  return out;
}

/** Short shape: runs of the same class collapsed ("Xx" for "Madrid", "X.X." for "EE.UU." → "X.X."). */
export function shortShape(token: string): string {
  let out = '';
  let prev = '';
  for (const ch of token) {
    const c = charClass(ch);
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

export function isCapitalized(token: string): boolean {
  const c = token.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isAllCaps(token: string): boolean {
  return token.length > 1 && token === token.toUpperCase() && token !== token.toLowerCase();
}

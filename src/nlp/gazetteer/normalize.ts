/**
 * Key normalisation shared by every gazetteer lookup and by the build script, so that a surface form
 * found in text and a name stored in a resource meet on the same key.
 *
 * `normalizeKey`: Unicode NFKD, combining marks removed (so "Perú" = "Peru", "ñ" = "n"), lower case,
 * dots and apostrophes dropped ("EE.UU." -> "eeuu", "Cote d'Ivoire" -> "cote divoire"), hyphens, slashes
 * and underscores read as spaces, runs of spaces collapsed.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const DROPPED = /[.'’‘`´ʼ"“”«»]/g;
const AS_SPACE = /[\s\-‐‑‒–—_/,]+/g;

const PLAIN_ASCII = /^[a-z0-9 ]*$/;
const ASCII = /^[\x20-\x7e]*$/;

export function normalizeKey(surface: string): string {
  const lower = surface.toLowerCase();
  if (PLAIN_ASCII.test(lower) && !lower.includes('  ') && lower.trim() === lower) return lower;
  return (ASCII.test(lower) ? lower : lower.normalize('NFKD'))
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(DROPPED, '')
    .replace(AS_SPACE, ' ')
    .trim();
}

/** Leading articles that Spanish and English news put before some place names ("el Perú", "the Gambia"). */
const LEADING_ARTICLES = ['el ', 'la ', 'los ', 'las ', 'the '];

/** The key without a leading article, or undefined when it has none. */
export function stripLeadingArticle(key: string): string | undefined {
  for (const article of LEADING_ARTICLES) {
    if (key.startsWith(article) && key.length > article.length) return key.slice(article.length);
  }
  return undefined;
}

/** Key variants tried in order by place lookups: the key itself, then without its leading article. */
export function lookupKeys(surface: string): string[] {
  const key = normalizeKey(surface);
  const bare = stripLeadingArticle(key);
  return bare === undefined ? [key] : [key, bare];
}

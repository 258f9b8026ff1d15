/**
 * The publication date a web page declares about itself, from standard metadata (Open Graph
 * `article:published_time`, `<meta name="date">`, schema.org `datePublished`, `<time pubdate>`),
 * kept when it starts with an ISO date. Nothing is guessed from the article's words.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const PATTERNS: readonly RegExp[] = [
  /<meta\b[^>]*\b(?:property|name)\s*=\s*["'](?:article:published_time|og:published_time|date|dc\.date|dcterms\.date|pubdate)["'][^>]*>/gi,
  /<[^>]*\bitemprop\s*=\s*["']datePublished["'][^>]*>/gi,
  /<time\b[^>]*\bpubdate\b[^>]*>/gi,
];

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag);
  return m?.[1]?.trim();
}

export function htmlPublishedAt(html: string): string | undefined {
  for (const pattern of PATTERNS) {
    for (const [tag] of html.matchAll(pattern)) {
      const value = attribute(tag, 'content') ?? attribute(tag, 'datetime');
      if (value && ISO_DATE.test(value)) return value;
    }
  }
  return undefined;
}

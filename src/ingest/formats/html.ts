import { convert, type HtmlToTextOptions } from 'html-to-text';
import { htmlPublishedAt } from './html-date.js';
import type { FormatReader } from './types.js';

/** HTML → readable text: scripts, styles, navigation and images dropped; links keep their words only. */
const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'template', format: 'skip' },
    { selector: 'nav', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

export function htmlToText(html: string): string {
  return convert(html, OPTIONS);
}

function htmlTitle(html: string): string | undefined {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = match ? htmlToText(match[1]!).trim() : '';
  return title || undefined;
}

export const htmlReader: FormatReader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  read: (text, source) => {
    const title = htmlTitle(text);
    const publishedAt = htmlPublishedAt(text);
    // Drop <head> (title, meta, scripts) before conversion: only the body is article text.
    const body = text.replace(/<head[\s\S]*?<\/head>/i, '');
    return [
      {
        source,
        text: htmlToText(body),
        format: 'html',
        ...(title ? { title } : {}),
        ...(publishedAt ? { publishedAt } : {}),
      },
    ];
  },
};

import { marked } from 'marked';
import { htmlToText } from './html.js';
import type { FormatReader } from './types.js';

/** Markdown is rendered to HTML with marked, then to text like any HTML article. */
export const mdReader: FormatReader = {
  format: 'md',
  extensions: ['.md', '.markdown'],
  read: (text, source) => {
    const html = marked.parse(text, { async: false, gfm: true });
    return [{ source, text: htmlToText(html), format: 'md' }];
  },
};

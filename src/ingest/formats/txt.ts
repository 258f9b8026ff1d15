import type { FormatReader } from './types.js';

/** Plain text: the whole file is one article; its first line is the headline. */
export const txtReader: FormatReader = {
  format: 'txt',
  extensions: ['.txt', '.text'],
  read: (text, source) => [{ source, text, format: 'txt' }],
};

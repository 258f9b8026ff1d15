/** Property-based: random and adversarial text never throws, and every offset points at its text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addExtraction, createGraph, toEnvelope } from '../../src/graph/index.js';
import { finalizeArticle } from '../../src/ingest/index.js';
import { extractWithKnowledge } from '../../src/pipeline/index.js';
import { validateGraphEnvelope } from '../../src/schema/index.js';

const vocabulary = [
  'El',
  'la',
  'de',
  'del',
  'presidente',
  'ministra',
  'ruso',
  'norcoreana',
  'Corea',
  'Norte',
  'Rusia',
  'Madrid',
  'según',
  'dijo',
  'se',
  'reunió',
  'con',
  'envió',
  'soldados',
  'a',
  'la',
  'ciudad',
  'región',
  'EE.UU.',
  'ONU',
  '30.000',
  '2024',
  '“',
  '”',
  '«',
  '»',
  ',',
  '.',
  '...',
  '(',
  ')',
  '—',
  '\n',
  '\n\n',
  'Sr.',
  'García',
  'López',
  'y',
  'no',
  'visitó',
  '%',
  '🙂',
  'é',
  '\u0301',
];

const newsLike = fc
  .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 80 })
  .map((w) => `Titular ${w.join(' ')}`);
const anyText = fc.string({ minLength: 1, maxLength: 400, unit: 'grapheme' }).map((s) => `ab ${s}`);

describe('pipeline properties', () => {
  it.each([
    ['news-like word salad', newsLike],
    ['arbitrary unicode', anyText],
  ])('never throws and keeps offsets true on %s', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (raw) => {
        const article = finalizeArticle({ source: 'prop', text: raw, format: 'txt' });
        const extraction = extractWithKnowledge(article);
        const graph = createGraph();
        addExtraction(graph, extraction);
        const envelope = validateGraphEnvelope(toEnvelope(graph, 'test'));
        for (const n of envelope.graph.nodes) {
          if (n.attributes.kind === 'article') continue;
          for (const m of n.attributes.mentions)
            expect(article.text.slice(m.start, m.end)).toBe(m.text);
        }
        for (const e of envelope.graph.edges) {
          if (e.attributes.kind !== 'relation') continue;
          for (const ev of e.attributes.evidence)
            expect(article.text.slice(ev.start, ev.end)).toBe(ev.text);
        }
      }),
      { numRuns: 150, seed: 20261127 },
    );
  });
});

/** An evidence sentence as DOM: text nodes and <mark>s, never HTML. */
import type { Evidence, Mention } from '../schema.js';
import { el } from '../ui/dom.js';
import { evidenceRanges, segment } from './highlight.js';

export function renderEvidence(
  evidence: Evidence,
  mentions: readonly Mention[],
  articleTitle: string,
): HTMLElement {
  const quote = el('blockquote', { className: 'evidence' });
  const sentence = el('span', { className: 'evidence-text' });
  for (const part of segment(evidence.text, evidenceRanges(evidence, mentions))) {
    sentence.appendChild(
      part.kind
        ? el('mark', { className: part.kind }, part.text)
        : document.createTextNode(part.text),
    );
  }
  quote.append(
    sentence,
    el('span', { className: 'source' }, `${articleTitle} · sentence ${evidence.sentenceIndex + 1}`),
  );
  return quote;
}

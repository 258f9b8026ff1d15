/**
 * Evidence spans: every trigger and highlight of every relation slices its own sentence to whole
 * words — it starts where a token starts, ends where a token ends, and its first and last tokens are
 * words (never a fragment of a word such as "en" inside "agencias", never a punctuation mark alone or at
 * an edge, never a rule label or a lemma that is not in the sentence).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/segment/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { ingestPaths } from '../../src/pipeline/index.js';
import { parseGraphEnvelope, type GraphEnvelope, type Span } from '../../src/schema/index.js';
import { HAS_SHARED, SHARED } from '../helpers/shared-data.js';

const WORD = /[\p{L}\p{N}]/u;

/** What is wrong with each span of `envelope` (empty when every span is a run of whole words). */
function spanProblems(
  envelope: GraphEnvelope,
  articleText: (articleId: string) => string,
): string[] {
  const problems: string[] = [];
  for (const edge of envelope.graph.edges) {
    const a = edge.attributes;
    if (a.kind !== 'relation') continue;
    for (const ev of a.evidence) {
      const where = `${edge.key} (${ev.rule ?? 'no rule'})`;
      if (articleText(ev.articleId).slice(ev.start, ev.end) !== ev.text)
        problems.push(`${where}: the evidence text is not the article's sentence`);
      const tokens = tokenize(ev.text, ev.start);
      const check = (span: Span, what: string): void => {
        const slice = ev.text.slice(span.start - ev.start, span.end - ev.start);
        const first = tokens.findIndex((t) => t.start === span.start);
        const last = tokens.findIndex((t) => t.end === span.end);
        if (span.start < ev.start || span.end > ev.end || span.end <= span.start)
          problems.push(`${where}: ${what} ${JSON.stringify(span)} is outside its sentence`);
        else if (first < 0 || last < first)
          problems.push(`${where}: ${what} ${JSON.stringify(slice)} cuts a word`);
        else if (!WORD.test(tokens[first]!.text) || !WORD.test(tokens[last]!.text))
          problems.push(
            `${where}: ${what} ${JSON.stringify(slice)} starts or ends with punctuation`,
          );
      };
      if (ev.trigger) check(ev.trigger, 'trigger');
      for (const h of ev.highlights ?? []) check(h, 'highlight');
    }
  }
  return problems;
}

describe('evidence spans', () => {
  it('finds a span that cuts a word, is punctuation or lies outside the sentence', () => {
    const text = 'Intro. Las agencias dicen que Ana Ruiz, vive en Lima.';
    const start = text.indexOf('Las');
    const sentence = text.slice(start);
    const at = (s: string, from = 0): Span => ({
      start: text.indexOf(s, from),
      end: text.indexOf(s, from) + s.length,
    });
    const envelope = (spans: { trigger?: Span; highlights?: Span[] }): GraphEnvelope =>
      ({
        graph: {
          edges: [
            {
              key: 'e',
              attributes: {
                kind: 'relation',
                evidence: [
                  { articleId: 'a', sentenceIndex: 1, start, end: text.length, text: sentence },
                ].map((ev) => ({ ...ev, ...spans })),
              },
            },
          ],
        },
      }) as unknown as GraphEnvelope;
    const problems = (spans: { trigger?: Span; highlights?: Span[] }) =>
      spanProblems(envelope(spans), () => text);
    expect(
      problems({ trigger: at('en', text.indexOf('vive')), highlights: [at('Ana Ruiz')] }),
    ).toEqual([]);
    expect(problems({ trigger: at('en') })).toEqual([
      expect.stringMatching(/trigger "en" cuts a word/),
    ]);
    expect(problems({ highlights: [at('Ruiz,')] })).toEqual([
      expect.stringMatching(/highlight "Ruiz," starts or ends with punctuation/),
    ]);
    expect(problems({ trigger: at('Intro') })).toEqual([
      expect.stringMatching(/outside its sentence/),
    ]);
  });

  it('the shipped sample graph has only whole-word spans, and triggers on its relations', () => {
    const envelope = parseGraphEnvelope(
      readFileSync(join(PACKAGE_ROOT, 'graph-data', 'sample.json'), 'utf8'),
      'graph-data/sample.json',
    );
    const text = readFileSync(join(PACKAGE_ROOT, 'graph-data', 'lavrov-wonsan.es.txt'), 'utf8');
    expect(spanProblems(envelope, () => text)).toEqual([]);
    const evidence = envelope.graph.edges.flatMap((e) =>
      e.attributes.kind === 'relation' ? e.attributes.evidence : [],
    );
    expect(evidence.every((ev) => ev.rule)).toBe(true);
    expect(evidence.filter((ev) => ev.trigger).length).toBeGreaterThan(evidence.length / 2);
  });

  it.skipIf(!HAS_SHARED)(
    'a graph of the dev articles has only whole-word spans',
    async () => {
      const texts = new Map<string, string>();
      const result = await ingestPaths([join(SHARED, 'news')], {
        onExtraction: (x) => texts.set(x.article.id, x.article.text),
      });
      expect(result.articles.length).toBeGreaterThanOrEqual(15);
      expect(spanProblems(result.envelope, (id) => texts.get(id) ?? '')).toEqual([]);
    },
    120_000,
  );
});

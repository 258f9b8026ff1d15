/**
 * The entity rules that weigh the NER model against the capitalisation rules, one table per rule,
 * on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import type { NerSpan } from '../../src/nlp/knowledge.js';
import { grammarFor } from '../../src/nlp/lexicon/index.js';
import { shapeSpan } from '../../src/nlp/mentions/cleanup.js';
import { loadKnowledge } from '../../src/nlp/resources.js';
import { splitSentences, tokenize } from '../../src/nlp/segment/index.js';

const knowledge = loadKnowledge('es', { ner: false });
const grammar = grammarFor('es');

/** The span of `name` in `text`, shaped with an optional model span over the same words. */
function shaped(text: string, name: string, model?: Omit<NerSpan, 'start' | 'end'>): string[] {
  const sentence = splitSentences(text)[0]!;
  const words = tokenize(name).map((t) => t.text);
  const start = sentence.tokens.findIndex((_, i) =>
    words.every((w, k) => sentence.tokens[i + k]?.text === w),
  );
  expect(start, `"${name}" in "${text}"`).toBeGreaterThanOrEqual(0);
  const span = { sentenceIndex: 0, tokenStart: start, tokenEnd: start + words.length };
  const ner = model ? { ...model, start: span.tokenStart, end: span.tokenEnd } : undefined;
  return shapeSpan(sentence, span, knowledge, grammar, ner).map((s) =>
    sentence.tokens
      .slice(s.tokenStart, s.tokenEnd)
      .map((t) => t.text)
      .join(' '),
  );
}

describe('modelKeepsWhole: "A de <place>" stays one name when the model reads it as one', () => {
  const cases: {
    text: string;
    name: string;
    model?: Omit<NerSpan, 'start' | 'end'>;
    expected: string[];
  }[] = [
    {
      text: 'Las acciones cayeron en la Bolsa de Lisboa ayer.',
      name: 'Bolsa de Lisboa',
      model: { label: 'ORG', confidence: 0.9 },
      expected: ['Bolsa de Lisboa'],
    },
    {
      text: 'Las acciones cayeron en la Bolsa de Lisboa ayer.',
      name: 'Bolsa de Lisboa',
      expected: ['Bolsa', 'Lisboa'],
    },
    {
      text: 'El delantero firmó con el Atlético de Lisboa ayer.',
      name: 'Atlético de Lisboa',
      model: { label: 'ORG', confidence: 0.7 },
      expected: ['Atlético de Lisboa'],
    },
    {
      text: 'Habló Tomás Ferreira de Lisboa ayer.',
      name: 'Tomás Ferreira de Lisboa',
      expected: ['Tomás Ferreira', 'Lisboa'],
    },
    {
      text: 'Habló Tomás Ferreira de Lisboa ayer.',
      name: 'Tomás Ferreira de Lisboa',
      model: { label: 'PER', confidence: 0.3 },
      expected: ['Tomás Ferreira', 'Lisboa'],
    },
  ];
  for (const { text, name, model, expected } of cases)
    it(`${name} ${model ? `(model ${model.label} ${model.confidence})` : '(no model span)'}`, () =>
      expect(shaped(text, name, model)).toEqual(expected));
});

import { describe, expect, it } from 'vitest';
import { extractChunks } from '../../../src/eval/conll/chunks.js';
import { formatConllScores } from '../../../src/eval/conll/format.js';
import { parseConll } from '../../../src/eval/conll/parse.js';
import { scoreConll } from '../../../src/eval/conll/score.js';
import { InputError } from '../../../src/schema/errors.js';

const spans = (tags: string[]): string[] =>
  extractChunks(tags).map((c) => `${c.type}[${c.start},${c.end})`);

describe('extractChunks (conlleval rules)', () => {
  it('reads IOB2 chunks', () => {
    expect(spans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      'PER[0,2)',
      'LOC[3,4)',
      'LOC[4,6)',
    ]);
  });
  it('starts a chunk at I-X after O, after another type, and at sentence start (IOB1)', () => {
    expect(spans(['I-PER', 'I-PER', 'O', 'I-LOC'])).toEqual(['PER[0,2)', 'LOC[3,4)']);
    expect(spans(['B-PER', 'I-LOC', 'I-LOC'])).toEqual(['PER[0,1)', 'LOC[1,3)']);
    expect(spans(['O', 'I-MISC', 'I-MISC', 'I-ORG'])).toEqual(['MISC[1,3)', 'ORG[3,4)']);
  });
  it('ends a chunk before B- of the same type', () => {
    expect(spans(['I-ORG', 'B-ORG', 'I-ORG'])).toEqual(['ORG[0,1)', 'ORG[1,3)']);
  });
  it('handles IOBES E- and S- tags', () => {
    expect(spans(['B-PER', 'E-PER', 'S-LOC', 'S-LOC'])).toEqual([
      'PER[0,2)',
      'LOC[2,3)',
      'LOC[3,4)',
    ]);
  });
  it('returns nothing for an all-O sentence', () => {
    expect(spans(['O', 'O'])).toEqual([]);
  });
});

describe('scoreConll', () => {
  it('counts exact matches only (type and both boundaries)', () => {
    const s = scoreConll([
      { gold: ['B-PER', 'I-PER', 'O', 'B-LOC'], pred: ['B-PER', 'I-PER', 'O', 'B-ORG'] },
      { gold: ['B-ORG', 'I-ORG', 'I-ORG'], pred: ['B-ORG', 'I-ORG', 'O'] },
    ]);
    // gold chunks: PER, LOC, ORG (3); predicted: PER, ORG, ORG (3); correct: PER (1).
    expect(s.overall.gold).toBe(3);
    expect(s.overall.predicted).toBe(3);
    expect(s.overall.correct).toBe(1);
    expect(s.overall.precision).toBeCloseTo(1 / 3, 12);
    expect(s.overall.recall).toBeCloseTo(1 / 3, 12);
    expect(s.overall.f1).toBeCloseTo(1 / 3, 12);
    expect(s.byType['PER']).toMatchObject({ correct: 1, predicted: 1, gold: 1, f1: 1 });
    expect(s.byType['LOC']).toMatchObject({
      correct: 0,
      predicted: 0,
      gold: 1,
      precision: 0,
      recall: 0,
      f1: 0,
    });
    expect(s.byType['ORG']).toMatchObject({ correct: 0, predicted: 2, gold: 1 });
    expect(Object.keys(s.byType)).toEqual(['LOC', 'ORG', 'PER']);
    // Tokens: 7; equal tags: B-PER, I-PER, O, B-ORG, I-ORG = 5.
    expect(s.tokens).toBe(7);
    expect(s.accuracy).toBeCloseTo(5 / 7, 12);
  });

  it('gives F1 = 2PR/(P+R) with unequal precision and recall', () => {
    const s = scoreConll([
      { gold: ['B-PER', 'O', 'B-LOC', 'O', 'B-ORG'], pred: ['B-PER', 'O', 'B-LOC', 'O', 'O'] },
    ]);
    expect(s.overall.precision).toBe(1);
    expect(s.overall.recall).toBeCloseTo(2 / 3, 12);
    expect(s.overall.f1).toBeCloseTo(0.8, 12);
  });

  it('treats an IOB1 prediction the same as its IOB2 equivalent', () => {
    const iob2 = scoreConll([{ gold: ['B-PER', 'I-PER', 'O'], pred: ['B-PER', 'I-PER', 'O'] }]);
    const iob1 = scoreConll([{ gold: ['B-PER', 'I-PER', 'O'], pred: ['I-PER', 'I-PER', 'O'] }]);
    expect(iob1.overall).toEqual(iob2.overall);
    expect(iob1.overall.f1).toBe(1);
  });

  it('rejects a sentence whose predicted length differs, naming the source', () => {
    expect(() => scoreConll([{ gold: ['O', 'O'], pred: ['O'] }], 'x.conll')).toThrow(
      /x\.conll: sentence 1: 2 gold tags but 1 predicted/,
    );
  });
});

describe('parseConll', () => {
  it('reads TOKEN TAG sentences separated by blank lines', () => {
    const s = parseConll('El O\nEFE B-ORG\n\n\nMadrid B-LOC\n');
    expect(s).toEqual([
      { tokens: ['El', 'EFE'], gold: ['O', 'B-ORG'] },
      { tokens: ['Madrid'], gold: ['B-LOC'] },
    ]);
  });
  it('reads the last two columns as GOLD PRED and skips -DOCSTART-', () => {
    const s = parseConll('-DOCSTART- -X- O O\n\nJuan NP B-PER I-PER\nvino VM O O\n');
    expect(s).toEqual([{ tokens: ['Juan', 'vino'], gold: ['B-PER', 'O'], pred: ['I-PER', 'O'] }]);
  });
  it('rejects a one-column line and mixed column counts with the line number', () => {
    expect(() => parseConll('a O\nb\n', 'f.txt')).toThrow(InputError);
    expect(() => parseConll('a O\nb\n', 'f.txt')).toThrow(/f\.txt: line 2/);
    expect(() => parseConll('a O\nb O O\n', 'f.txt')).toThrow(/line 2: has 3 columns/);
  });
});

describe('formatConllScores', () => {
  it('prints a conlleval-like report', () => {
    const text = formatConllScores(
      scoreConll([{ gold: ['B-PER', 'O', 'B-LOC'], pred: ['B-PER', 'O', 'B-ORG'] }]),
    );
    expect(text).toContain('processed 3 tokens with 2 phrases; found: 2 phrases; correct: 1.');
    expect(text).toMatch(/precision:\s+50\.00%; recall:\s+50\.00%; FB1:\s+50\.00/);
    expect(text).toMatch(/PER: precision:\s+100\.00%.*FB1:\s+100\.00\s+1/);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalConllCommand, runEvalConll } from '../../../src/cli/commands/eval-conll.js';
import { InputError } from '../../../src/schema/errors.js';
import { tempDirSync } from '../../helpers/temp-dir.js';

const dir = tempDirSync('trama-conll-');
const predicted = join(dir, 'pred.txt');
writeFileSync(predicted, 'Juan B-PER B-PER\nvive O O\nen O O\nLima B-LOC B-ORG\n\n');
const gold = join(dir, 'gold.txt');
writeFileSync(
  gold,
  'La O\npolicía O\nde O\nBarcelona B-LOC\ndetuvo O\na O\ndos O\nhombres O\n. O\n\n',
);

describe('trama eval conll', () => {
  it('is a commander command named conll taking a file', () => {
    const cmd = evalConllCommand();
    expect(cmd.name()).toBe('conll');
    expect(cmd.options.map((o) => o.long)).toEqual([
      '--json',
      '--model',
      '--predicted',
      '--sentences',
    ]);
  });

  it('scores existing predictions with --predicted (JSON)', () => {
    const out = JSON.parse(runEvalConll(predicted, { predicted: true, json: true }));
    expect(out.overall).toMatchObject({ correct: 1, predicted: 2, gold: 2, f1: 0.5 });
    expect(out.byType.LOC).toMatchObject({ correct: 0, gold: 1 });
  });

  it('tags a TOKEN TAG file with the model and prints a conlleval-like table', () => {
    const text = runEvalConll(gold, {});
    expect(text).toContain('processed 9 tokens with 1 phrases');
    expect(text).toMatch(/LOC: precision:\s+100\.00%/);
  });

  it('names the file when it cannot be read or lacks predictions', () => {
    expect(() => runEvalConll(join(dir, 'missing.txt'), {})).toThrow(InputError);
    expect(() => runEvalConll(gold, { predicted: true })).toThrow(/gold\.txt: --predicted needs/);
  });
});

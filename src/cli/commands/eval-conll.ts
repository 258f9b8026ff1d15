/**
 * `trama eval conll FILE [--json] [--model PATH] [--predicted] [--sentences]`: tags FILE's tokens with the
 * NER model, article by article (CoNLL-2002 datelines split articles; `--sentences` tags each sentence
 * alone), and scores them against FILE's gold column like conlleval (entity level, exact match). With
 * `--predicted`, FILE already holds `TOKEN ... GOLD PRED` lines and is scored as it is.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { formatConllScores } from '../../eval/conll/format.js';
import { parseConll } from '../../eval/conll/parse.js';
import { scoreConll } from '../../eval/conll/score.js';
import { tagConllSentences } from '../../eval/conll/tag-file.js';
import { conllDocuments, loadNerModel } from '../../nlp/index.js';
import { InputError } from '../../schema/index.js';
import { addExamplesAndExitCodes } from '../help.js';

interface EvalConllOptions {
  readonly json?: boolean;
  readonly model?: string;
  readonly predicted?: boolean;
  /** Tag each sentence on its own instead of article by article (no document features). */
  readonly sentences?: boolean;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      file,
      `cannot read CoNLL file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      { cause: error },
    );
  }
}

export function runEvalConll(file: string, options: EvalConllOptions): string {
  const sentences = parseConll(readText(file), file);
  let scored = sentences;
  let seconds = 0;
  if (options.predicted) {
    if (sentences.some((s) => s.pred === undefined))
      throw new InputError(file, '--predicted needs "TOKEN ... GOLD PRED" lines');
  } else {
    const tagger = loadNerModel(options.model);
    const t0 = performance.now();
    const documents = options.sentences
      ? undefined
      : conllDocuments(sentences.map((s) => s.tokens));
    scored = tagConllSentences(sentences, tagger, documents);
    seconds = (performance.now() - t0) / 1000;
  }
  const scores = scoreConll(
    scored.map((s) => ({ gold: s.gold, pred: s.pred! })),
    file,
  );
  if (options.json) {
    return JSON.stringify(
      {
        file,
        ...scores,
        ...(options.predicted ? {} : { taggingSeconds: Number(seconds.toFixed(3)) }),
      },
      null,
      2,
    );
  }
  return formatConllScores(scores);
}

export function evalConllCommand(): Command {
  const command = new Command('conll')
    .description(
      'score NER on a CoNLL file (TOKEN TAG lines) like conlleval: entity-level P/R/F1 overall and per type',
    )
    .argument(
      '<file>',
      'CoNLL file: "TOKEN GOLD" lines (tagged with the model) or "TOKEN ... GOLD PRED" with --predicted',
    )
    .option('--json', 'print the scores as JSON')
    .option('--model <path>', 'NER model file (default: the bundled models/ner-es.model.bin.gz)')
    .option(
      '--predicted',
      'score the predictions already in FILE (last two columns GOLD PRED) instead of tagging',
    )
    .option(
      '--sentences',
      'tag sentence by sentence (default: article by article, articles split at CoNLL-2002 datelines)',
    );
  return addExamplesAndExitCodes(command, [
    'trama eval conll ../shared/data/conll2002-es/esp.testa',
  ]).action((file: string, options: EvalConllOptions) => {
    process.stdout.write(runEvalConll(file, options) + '\n');
  });
}

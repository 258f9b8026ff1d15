/**
 * The whole mention pipeline (NER model + capitalisation rules + typing + coreference) scored on a
 * CoNLL-2002 file, as a check of how the extraction rules do on text they were not written against.
 * Each CoNLL document (split at its datelines) becomes one article, a sentence per paragraph; every
 * name or acronym mention of an entity becomes a chunk typed PER (Person), ORG (Organization), LOC
 * (Country, City, Region, Place) or MISC (Event, Law, Other). Role nominals and demonyms are left out
 * (CoNLL does not annotate them).
 *
 * A name written in quotation marks is mapped to CoNLL's chunk with its quotes (CoNLL-2002 puts the
 * marks inside the chunk: 81 chunks of esp.testa open with one, 6 quoted names leave them out; trama's
 * names never include punctuation); `--no-quotes` scores the mention spans as they are.
 *
 * The pipeline gets CoNLL's own sentences and tokens (`extractArticle`'s `sentences` option), as the NER
 * model alone does in `trama eval conll`, so the two figures compare the rules with the model on equal
 * input. Also printed: the NER model's own spans as the pipeline receives them (before any rule), which
 * then equal the model alone. `--resegment` runs trama's splitter and tokeniser on the joined text
 * instead; CoNLL's text then cuts names (its "Ciencia. Tecnología" for "Ciencia y Tecnología", "BM.",
 * "&"), and both figures drop by about 1.2.
 *
 *   npm run eval:pipeline-conll [-- FILE] [--model NER_MODEL] [--no-quotes] [--resegment]
 *   (default: ../shared/data/conll2002-es/esp.testa, the committed NER model)
 *
 * CoNLL's annotation conventions differ from trama's (a city standing for a team is ORG there, a
 * headline in capitals is text there), so read the figure next to the model's own score on the same
 * file, not as an absolute. Rules can be switched off one at a time to measure them
 * (`TRAMA_ABLATE=rule,… npm run eval:pipeline-conll`, names in `src/nlp/ablation.ts`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import {
  formatConllScores,
  parseConll,
  scoreConll,
  tagConllSentences,
  type SentenceTagger,
} from '../src/eval/conll/index.js';
import { finalizeArticle } from '../src/ingest/index.js';
import { conllDocuments, loadKnowledge } from '../src/nlp/index.js';
import { sentencesFromTokens } from '../src/nlp/segment/index.js';
import type { Knowledge, NerSpan } from '../src/nlp/knowledge.js';
import { loadNerModel } from '../src/nlp/ner/index.js';
import { sharedDataDir } from '../src/paths.js';
import { extractArticle } from '../src/pipeline/index.js';
import { COARSE_TYPE } from '../src/schema/index.js';

const TITLE = 'Documento';

function tagDocument(sentences: readonly (readonly string[])[]): string[][] {
  // Text: a title line, then one paragraph per CoNLL sentence, tokens separated by spaces.
  let text = `${TITLE}\n\n`;
  const offsets: { start: number; end: number }[][] = [];
  sentences.forEach((tokens, s) => {
    if (s > 0) text += '\n\n';
    offsets.push(
      tokens.map((token, t) => {
        if (t > 0) text += ' ';
        const start = text.length;
        text += token;
        return { start, end: text.length };
      }),
    );
  });
  const base = loadKnowledge('es', { ...(nerTagger ? { nerTagger } : {}), relations: false });
  let modelSpans: readonly (readonly NerSpan[])[] = [];
  const knowledge: Knowledge = {
    ...base,
    ner: (s) => (modelSpans = base.ner!(s)),
  };
  const article = finalizeArticle({ source: 'conll', text, format: 'txt' });
  // CoNLL's own sentences and tokens (the model alone is scored on them), the title as sentence 0; or,
  // with --resegment, trama's splitter and tokeniser on the joined text.
  if (!resegment && article.text !== text)
    throw new Error(
      'eval-pipeline-conll: the article text was normalised; CoNLL offsets would not hold',
    );
  const given = resegment
    ? undefined
    : sentencesFromTokens(article.text, [
        [{ start: 0, end: TITLE.length }],
        ...offsets.map((so) => so.map((o) => ({ start: o.start, end: o.end }))),
      ]);
  const extraction = extractArticle(article, knowledge, given ? { sentences: given } : {});
  // The model's spans on the pipeline's sentences, mapped back to the CoNLL tokens.
  const modelTags = sentences.map((tokens) => tokens.map(() => 'O'));
  extraction.sentences.forEach((sentence, i) => {
    for (const m of modelSpans[i] ?? []) {
      const [start, end] = [sentence.tokens[m.start]!.start, sentence.tokens[m.end - 1]!.end];
      offsets.forEach((so, s) => {
        let prefix = 'B';
        so.forEach((o, t) => {
          if (o.start >= start && o.end <= end) {
            modelTags[s]![t] = `${prefix}-${m.label}`;
            prefix = 'I';
          }
        });
      });
    }
  });
  sentences.forEach((tokens, s) => modelInPipeline.set(tokens, modelTags[s]!));
  const tags = sentences.map((tokens) => tokens.map(() => 'O'));
  for (const entity of extraction.entities) {
    for (const m of entity.mentions) {
      if (m.form !== 'name' && m.form !== 'acronym') continue;
      // CoNLL annotates names only: lower-case named events and laws ("la revolución mexicana") are text there.
      if (/^\p{Ll}/u.test(m.text)) continue;
      offsets.forEach((sentence, s) => {
        const inside = sentence.flatMap((o, t) =>
          o.start >= m.start && o.end <= m.end ? [t] : [],
        );
        if (inside.length === 0) return;
        let [first, last] = [inside[0]!, inside[inside.length - 1]!];
        // CoNLL-2002 writes a quoted name with its quotation marks inside the chunk (81 of the 87 quoted
        // names of esp.testa); trama's names never include punctuation. Spans are mapped to that convention.
        if (quotes && enclosedInQuotes(sentences[s]!, first, last, tags[s]!))
          [first, last] = [first - 1, last + 1];
        let prefix = 'B';
        for (let t = first; t <= last; t++)
          if (tags[s]![t] === 'O') {
            tags[s]![t] = `${prefix}-${COARSE_TYPE[entity.type]}`;
            prefix = 'I';
          }
      });
    }
  }
  return tags;
}

const QUOTES: ReadonlySet<string> = new Set(['"', "'", '«', '»', '“', '”']);

/** Tokens `first`..`last` are a whole quotation: a quote mark right before and right after, both untagged. */
function enclosedInQuotes(
  tokens: readonly string[],
  first: number,
  last: number,
  tags: readonly string[],
): boolean {
  return (
    QUOTES.has(tokens[first - 1] ?? '') &&
    QUOTES.has(tokens[last + 1] ?? '') &&
    tags[first - 1] === 'O' &&
    tags[last + 1] === 'O'
  );
}

const { values, positionals } = parseArgs({
  options: {
    model: { type: 'string' },
    'no-quotes': { type: 'boolean', default: false },
    resegment: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const quotes = !values['no-quotes'];
const resegment = values.resegment;
/** The model's tags inside the pipeline, by CoNLL sentence (its token array). */
const modelInPipeline = new Map<readonly string[], string[]>();
const nerTagger = values.model === undefined ? undefined : loadNerModel(values.model);
const file = positionals[0] ?? join(sharedDataDir(), 'conll2002-es', 'esp.testa');
const sentences = parseConll(readFileSync(file, 'utf8'), file);
const pipeline: SentenceTagger = { tag: (tokens) => tagDocument([tokens])[0]!, tagDocument };
const started = performance.now();
const tagged = tagConllSentences(
  sentences,
  pipeline,
  conllDocuments(sentences.map((s) => s.tokens)),
);
console.log(
  formatConllScores(
    scoreConll(
      tagged.map((s) => ({ gold: s.gold, pred: s.pred! })),
      file,
    ),
  ),
);
console.log(
  "\nNER model inside the pipeline (its spans on the pipeline's sentences, before any rule):",
);
console.log(
  formatConllScores(
    scoreConll(
      sentences.map((s) => ({ gold: s.gold, pred: modelInPipeline.get(s.tokens)! })),
      file,
    ),
  ),
);
console.error(
  `${sentences.length} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

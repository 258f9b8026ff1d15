/**
 * The NER training set: CoNLL sentences plus the sentences of annotated articles (their gold names
 * projected onto the pipeline's tokens, `gold-spans.ts`), each article one document for the
 * document-level features, optionally repeated `weight` times so a few dozen articles count against
 * thousands of CoNLL sentences.
 */
import { InputError } from '../../schema/index.js';
import { projectGoldMentions, type GoldEntityForms } from './gold-spans.js';
import type { LabelledSentence } from './lexicon-build.js';

export interface AnnotatedArticle {
  /** The article's normalised text, as the pipeline reads it. */
  readonly text: string;
  readonly entities: readonly GoldEntityForms[];
}

export interface TrainingSet {
  readonly sentences: readonly LabelledSentence[];
  /** Document ranges `[start, end)` over `sentences`. */
  readonly documents: readonly (readonly [number, number])[];
}

export function withArticles(
  base: TrainingSet,
  articles: readonly AnnotatedArticle[],
  weight = 1,
): TrainingSet {
  if (!Number.isInteger(weight) || weight < 0)
    throw new InputError('withArticles', `weight must be an integer ≥ 0, got ${weight}`);
  const sentences = [...base.sentences];
  const documents = [...base.documents];
  const projected = articles.map((a) => projectGoldMentions(a.text, a.entities));
  for (let copy = 0; copy < weight; copy++) {
    for (const article of projected) {
      documents.push([sentences.length, sentences.length + article.length]);
      sentences.push(...article);
    }
  }
  return { sentences, documents };
}

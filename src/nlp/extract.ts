/** One article through every NLP stage: sentences → mentions → roles → coreference → relations, dates, quantities. */
import type { Article } from '../ingest/index.js';
import { resolveCoreference } from './coref/index.js';
import type { Knowledge } from './knowledge.js';
import { packFor } from './lang/index.js';
import { detectMentions } from './mentions/index.js';
import { extractRelations } from './relations/index.js';
import { findRoles } from './roles/index.js';
import { splitSentences } from './segment/index.js';
import type { ArticleExtraction, Sentence } from './types.js';
import { findDates, findQuantities } from './values/index.js';

export interface ExtractOptions {
  /**
   * The article's sentences, already segmented and tokenised (a corpus's own segmentation, e.g. CoNLL's),
   * instead of trama's splitter and tokeniser.
   */
  readonly sentences?: readonly Sentence[];
}

export function extractArticle(
  article: Article,
  knowledge: Knowledge,
  options: ExtractOptions = {},
): ArticleExtraction {
  const pack = packFor(article.language);
  const { grammar } = pack;
  const sentences = options.sentences ?? splitSentences(article.text);
  const mentions = detectMentions(sentences, knowledge, grammar);
  const roles = findRoles(sentences, mentions, knowledge, pack);
  const entities = resolveCoreference(mentions, roles, knowledge, sentences);
  const relations = extractRelations(sentences, entities, roles, knowledge, pack);
  const dates = sentences.flatMap((s) => findDates(s, grammar));
  const quantities = sentences.flatMap((s) =>
    findQuantities(
      s,
      grammar,
      article.language,
      dates.filter((d) => d.sentenceIndex === s.index),
    ),
  );
  return { article, sentences, entities, relations, dates, quantities };
}

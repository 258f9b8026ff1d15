/** One article through every NLP stage: sentences → mentions → roles → coreference → relations, dates, quantities. */
import type { Article } from '../ingest/index.js';
import { resolveCoreference } from '../nlp/coref/index.js';
import type { Knowledge } from '../nlp/knowledge.js';
import { grammarFor } from '../nlp/lexicon/index.js';
import { detectMentions } from '../nlp/mentions/index.js';
import { extractRelations } from '../nlp/relations/index.js';
import { findRoles } from '../nlp/roles/index.js';
import { splitSentences } from '../nlp/segment/index.js';
import { findDates, findQuantities } from '../nlp/values/index.js';
import type { ArticleExtraction } from './types.js';

export function extractArticle(article: Article, knowledge: Knowledge): ArticleExtraction {
  const grammar = grammarFor(article.language);
  const sentences = splitSentences(article.text);
  const mentions = detectMentions(sentences, knowledge, grammar);
  const roles = findRoles(sentences, mentions, knowledge, grammar);
  const entities = resolveCoreference(mentions, roles, knowledge);
  const relations = extractRelations(sentences, entities, roles, knowledge, grammar);
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

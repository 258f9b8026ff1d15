/** `trama eval gold`: run the pipeline on every article that has a gold file and score it. */
import { finalizeArticle } from '../../ingest/index.js';
import { addExtraction, createGraph, toEnvelope } from '../../graph/index.js';
import { extractWithKnowledge, type ArticleExtraction } from '../../pipeline/index.js';
import type { Article } from '../../ingest/index.js';
import { loadGoldDirs, type GoldArticle } from './load.js';
import { prf, scoreArticle, sumCounts } from './score.js';
import type { ArticleScore, Counts, GoldReport, Prf } from './types.js';

/** How an article is turned into an extraction (the default: the whole pipeline as `trama ingest` runs it). */
export type Extractor = (article: Article) => ArticleExtraction;

export const articleOf = (g: GoldArticle): Article =>
  finalizeArticle({ source: g.gold.article, text: g.text, format: 'txt' });

/** Score one gold article given its extraction. */
export function scoreExtraction(g: GoldArticle, extraction: ArticleExtraction): ArticleScore {
  const graph = createGraph();
  addExtraction(graph, extraction);
  return scoreArticle(g.gold, toEnvelope(graph, 'eval'));
}

/** Micro totals over article scores, per category too. */
export function summarize(articles: ArticleScore[]): GoldReport {
  const categories: Record<string, Counts & Prf> = {};
  const names = [...new Set(articles.flatMap((a) => Object.keys(a.categories)))].sort();
  for (const c of names)
    categories[c] = prf(sumCounts(articles.map((a) => a.categories[c] ?? { tp: 0, fp: 0, fn: 0 })));
  return {
    articles,
    overall: {
      entities: prf(sumCounts(articles.map((a) => a.entities))),
      relations: prf(sumCounts(articles.map((a) => a.relations))),
    },
    categories,
  };
}

export async function evaluateGold(
  goldDirs: string | readonly string[],
  articlesDir?: string,
  extract: Extractor = extractWithKnowledge,
): Promise<GoldReport> {
  const golds = await loadGoldDirs(
    typeof goldDirs === 'string' ? [goldDirs] : goldDirs,
    articlesDir,
  );
  return summarize(golds.map((g) => scoreExtraction(g, extract(articleOf(g)))));
}

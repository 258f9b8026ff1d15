/** `trama eval gold`: run the pipeline on every article that has a gold file and score it. */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { finalizeArticle } from '../../ingest/index.js';
import { addExtraction, createGraph, toEnvelope } from '../../graph/index.js';
import { extractWithKnowledge } from '../../pipeline/index.js';
import { InputError } from '../../schema/index.js';
import { prf, scoreArticle, sumCounts } from './score.js';
import { GoldFileSchema, type GoldReport } from './types.js';

export async function evaluateGold(
  goldDir: string,
  articlesDir = dirname(goldDir),
): Promise<GoldReport> {
  const files = (
    await readdir(goldDir).catch(() => {
      throw new InputError(goldDir, 'gold folder not found');
    })
  )
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new InputError(goldDir, 'has no gold .json files');
  const articles = [];
  for (const file of files) {
    const path = join(goldDir, file);
    const parsed = GoldFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!parsed.success)
      throw new InputError(path, `not a gold file: ${parsed.error.issues[0]?.message ?? ''}`);
    const gold = parsed.data;
    const textPath = join(articlesDir, gold.article);
    const text = await readFile(textPath, 'utf8').catch(() => {
      throw new InputError(textPath, `article of gold file ${file} not found`);
    });
    const article = finalizeArticle({ source: gold.article, text, format: 'txt' });
    const graph = createGraph();
    addExtraction(graph, extractWithKnowledge(article));
    articles.push(scoreArticle(gold, toEnvelope(graph, 'eval')));
  }
  return {
    articles,
    overall: {
      entities: prf(sumCounts(articles.map((a) => a.entities))),
      relations: prf(sumCounts(articles.map((a) => a.relations))),
    },
  };
}

/** The annotated articles the relation model learns from: every gold folder of the shared data. */
import { join } from 'node:path';
import { loadGoldDirs } from '../../eval/gold/index.js';
import { sharedDataDir } from '../../paths.js';
import { prepareArticle, type PreparedArticle } from './dataset.js';
import { DEFAULT_FIT } from './fit.js';

/** news (15 articles) and news-train (47): 62 annotated articles. */
export const trainingGoldDirs = (root = sharedDataDir()): string[] => [
  join(root, 'news', 'gold'),
  join(root, 'news-train', 'gold'),
];

export async function prepareGold(
  goldDirs: readonly string[] = trainingGoldDirs(),
  bits = DEFAULT_FIT.bits,
): Promise<PreparedArticle[]> {
  return (await loadGoldDirs(goldDirs)).map((g) => prepareArticle(g, bits));
}

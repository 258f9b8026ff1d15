/** Reading gold folders: each gold file with its article text, checked, in file-name order. */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../../schema/index.js';
import { GoldFileSchema, type GoldFile } from './types.js';

export interface GoldArticle {
  readonly gold: GoldFile;
  readonly text: string;
  /** Name of the corpus folder the article comes from ("news", "news-train"). */
  readonly corpus: string;
}

/** Every gold file of `goldDir` with its article, read from `articlesDir` (default: the gold folder's parent). */
export async function loadGoldDir(
  goldDir: string,
  articlesDir = dirname(goldDir),
): Promise<GoldArticle[]> {
  const files = (
    await readdir(goldDir).catch(() => {
      throw new InputError(goldDir, 'gold folder not found');
    })
  )
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new InputError(goldDir, 'has no gold .json files');
  const corpus = basename(articlesDir);
  const out: GoldArticle[] = [];
  for (const file of files) {
    const path = join(goldDir, file);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new InputError(path, `not JSON: ${(error as Error).message}`);
    }
    const parsed = GoldFileSchema.safeParse(json);
    if (!parsed.success)
      throw new InputError(path, `not a gold file: ${parsed.error.issues[0]?.message ?? ''}`);
    const gold = parsed.data;
    const textPath = join(articlesDir, gold.article);
    const text = await readFile(textPath, 'utf8').catch(() => {
      throw new InputError(textPath, `article of gold file ${file} not found`);
    });
    out.push({ gold, text, corpus });
  }
  return out;
}

/** Several gold folders, each with its articles in its parent folder (or all in `articlesDir`). */
export async function loadGoldDirs(
  goldDirs: readonly string[],
  articlesDir?: string,
): Promise<GoldArticle[]> {
  const all: GoldArticle[] = [];
  for (const dir of goldDirs) all.push(...(await loadGoldDir(dir, articlesDir)));
  return all;
}

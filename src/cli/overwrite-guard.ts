/**
 * `ingest --out FILE` refuses to replace a graph made from other articles (or a file that is not a
 * trama graph) unless --force: a new run must not silently throw away someone's graph.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Article } from '../ingest/types.js';
import { OutputError, parseGraphEnvelope } from '../schema/index.js';

/** Articles of the existing graph that the new one would drop (none when `out` does not exist). */
export async function droppedArticles(
  out: string,
  articles: readonly Article[],
): Promise<string[] | 'not-a-graph'> {
  let text: string;
  try {
    text = await readFile(out, 'utf8');
  } catch {
    return [];
  }
  let existing;
  try {
    existing = parseGraphEnvelope(text, out);
  } catch {
    return 'not-a-graph';
  }
  const ids = new Set(articles.map((a) => a.id));
  const sources = new Set(articles.flatMap((a) => [a.source, a.sourceKey ?? a.source]));
  const dropped: string[] = [];
  for (const { attributes: a } of existing.graph.nodes) {
    if (a.kind !== 'article') continue;
    const kept = ids.has(a.articleId) || sources.has(a.source) || sources.has(resolve(a.source));
    if (!kept) dropped.push(a.source);
  }
  return dropped;
}

export async function guardOverwrite(
  out: string,
  articles: readonly Article[],
  force: boolean,
): Promise<void> {
  if (force || out === '-') return;
  const dropped = await droppedArticles(out, articles);
  const hint = 'pass --force to replace it, or choose another file with --out';
  if (dropped === 'not-a-graph')
    throw new OutputError(out, `exists and is not a trama graph — nothing was written; ${hint}`);
  if (dropped.length > 0) {
    const shown = dropped.slice(0, 3).join(', ') + (dropped.length > 3 ? ', ...' : '');
    throw new OutputError(
      out,
      `holds a graph of other articles (${dropped.length} not in this run: ${shown}) — nothing was written; ${hint}`,
    );
  }
}

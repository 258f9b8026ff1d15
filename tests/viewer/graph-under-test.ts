/**
 * The one place that says which graph the viewer e2e tests open. Until the sample graph exists this
 * writes a generated fixture; once `graph-data/graph.json` is made by `trama ingest`, point
 * SAMPLE_GRAPH_PATH at it and every test runs on the real sample unchanged.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildViewerSampleGraph } from '../fixtures/viewer-graphs.js';

export const SAMPLE_GRAPH_PATH: string | null = null;

export async function graphUnderTest(scratchDir: string): Promise<string> {
  if (SAMPLE_GRAPH_PATH) return SAMPLE_GRAPH_PATH;
  const path = join(scratchDir, 'graph.json');
  await writeFile(path, JSON.stringify(buildViewerSampleGraph()));
  return path;
}

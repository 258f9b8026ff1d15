/**
 * The one place that says which graph the viewer e2e tests open: the shipped sample graph
 * (`graph-data/sample.json`, made by `trama ingest` from the sample article; a pipeline test checks it
 * is current). Expectations are read from the file itself.
 */
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

export const SAMPLE_GRAPH_PATH = join(PACKAGE_ROOT, 'graph-data', 'sample.json');

export async function graphUnderTest(_scratchDir: string): Promise<string> {
  return SAMPLE_GRAPH_PATH;
}

/** Export formats registry: adding a format is one entry. */
import { csvFormat } from './formats/csv.js';
import { gexfFormat } from './formats/gexf.js';
import { graphmlFormat } from './formats/graphml.js';
import { jsonFormat } from './formats/json.js';
import type { ExportFormat } from './formats/types.js';

export type { ExportFile, ExportFormat } from './formats/types.js';

export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = {
  json: jsonFormat,
  gexf: gexfFormat,
  graphml: graphmlFormat,
  csv: csvFormat,
};

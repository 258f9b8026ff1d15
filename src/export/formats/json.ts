import { serializeEnvelope } from '../../graph/index.js';
import type { ExportFormat } from './types.js';

export const jsonFormat: ExportFormat = {
  name: 'json',
  description: 'trama graph JSON (graphology serialisation in a versioned envelope)',
  multiFile: false,
  extension: '.json',
  write: (envelope) => [{ name: '', content: serializeEnvelope(envelope) }],
};

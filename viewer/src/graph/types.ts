/** The graph the viewer holds: graphology with trama's data attributes (plus x/y positions). */
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, GraphEnvelope, NodeAttributes } from '../schema.js';

export type TramaGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** A loaded graph and where it came from (a URL or a dropped file's name). */
export interface LoadedGraph {
  envelope: GraphEnvelope;
  source: string;
  /**
   * Checks the file with the schema and settles: at once for small files (validated before use);
   * for large ones it starts the check in a worker (call it after the first frame, so the check does
   * not compete with drawing) and rejects with the SchemaError if the file is invalid.
   */
  validate(): Promise<void>;
}

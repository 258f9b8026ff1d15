/** The graph the viewer holds: graphology with trama's data attributes (plus x/y positions). */
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, GraphEnvelope, NodeAttributes } from '../schema.js';

export type TramaGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** A loaded graph and where it came from (a URL or a dropped file's name). */
export interface LoadedGraph {
  envelope: GraphEnvelope;
  source: string;
  /**
   * Settles when the schema has checked the file: already resolved for small files (validated
   * before use); for large ones it rejects with the SchemaError if the background check fails.
   */
  validated: Promise<void>;
}

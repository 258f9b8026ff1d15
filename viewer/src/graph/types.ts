/** The graph the viewer holds: graphology with trama's data attributes (plus x/y positions). */
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, GraphEnvelope, NodeAttributes } from '../schema.js';

export type TramaGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** A loaded graph and where it came from (a URL or a dropped file's name). */
export interface LoadedGraph {
  envelope: GraphEnvelope;
  source: string;
}

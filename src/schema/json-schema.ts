/** JSON Schema for the graph file, generated from the same zod source as the types. */
import { z } from 'zod';
import { GRAPH_VERSION, GraphEnvelopeSchema } from './graph-file.js';

export function graphJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(GraphEnvelopeSchema, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $id: `urn:trama:schema:trama-graph:v${GRAPH_VERSION}`,
    title: `trama graph file, version ${GRAPH_VERSION}`,
    ...schema,
  };
}

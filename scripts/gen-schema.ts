/** Writes schema/trama-graph.v<GRAPH_VERSION>.schema.json from the zod source (npm run gen:schema). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';
import { GRAPH_VERSION } from '../src/schema/graph-file.js';
import { graphJsonSchema } from '../src/schema/json-schema.js';

const path = join(PACKAGE_ROOT, 'schema', `trama-graph.v${GRAPH_VERSION}.schema.json`);
writeFileSync(path, `${JSON.stringify(graphJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path}\n`);

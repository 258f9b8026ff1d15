/**
 * Renders src/query/examples.ts into README.md between the example-queries markers, so the README's
 * queries are exactly the ones the Neo4j tests run (npm run docs:queries; a test checks it is current).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';
import { renderExampleQueries } from '../src/query/render.js';

const path = join(PACKAGE_ROOT, 'README.md');
const readme = readFileSync(path, 'utf8');
const next = renderExampleQueries(readme);
writeFileSync(path, next);
process.stdout.write(
  next === readme ? 'README example queries already current\n' : 'README example queries updated\n',
);

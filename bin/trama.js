#!/usr/bin/env node
// trama CLI launcher: runs the compiled CLI (npm install builds it into dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'trama: not built yet; run `npm install` (or `npm run build`) in the trama folder first.\n',
  );
  process.exit(70);
}
// A closed pipe (`trama export | head`) is a normal way to stop reading, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
// V8 settings first, before the code they concern is compiled (src/v8-flags.ts).
const { applyV8Flags } = await import(new URL('../dist/v8-flags.js', import.meta.url).href);
applyV8Flags();
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);

/** One test per row of the exit-code table, running the built CLI; the README shows the same table. */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES, exitCodeFor, exitCodesMarkdown } from '../../src/cli/exit-codes.js';
import { errorReport } from '../../src/cli/main.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { InputError, InvariantError, ServiceError } from '../../src/schema/errors.js';
import { assertBuilt, tempDir, trama } from './run-cli.js';

const ARTICLE = 'Titular\n\nLa ministra de Defensa de España, Margarita Robles, viajó a Rabat.\n';

describe('exit codes', () => {
  let dir: string;
  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir();
  });

  it('the README has exactly the table of src/cli/exit-codes.ts, and it has the six rows', () => {
    const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(exitCodesMarkdown());
    expect(EXIT_CODES.map((r) => r.code)).toEqual([0, 1, 2, 3, 4, 70]);
  });

  it('0: --skip-bad writes the graph from the good files, lists the bad ones and exits 0', async () => {
    const good = join(dir, 'good.txt');
    const bad = join(dir, 'empty.txt');
    await writeFile(good, ARTICLE);
    await writeFile(bad, '  \n');
    const out = join(dir, 'skip.json');
    const r = await trama(['ingest', good, bad, '--skip-bad', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${bad}: is empty`);
    expect(r.stdout).toMatch(/bad inputs: 1 not read/);
    expect(JSON.parse(await readFile(out, 'utf8')).meta.articleCount).toBe(1);
  });

  it('1: bad option values are usage errors for every command alike', async () => {
    for (const args of [
      ['export', '--format', 'pdf'],
      ['query', 'RETURN 1', '--format', 'xml'],
      ['serve', '--port', 'abc'],
      ['neo4j', 'start', '--bolt-port', 'x'],
      ['query'],
    ]) {
      const r = await trama(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('2: an unwritable --out is bad output, named, without a stack trace', async () => {
    const file = join(dir, 'a-file.txt');
    await writeFile(file, ARTICLE);
    const out = join(file, 'graph.json'); // a "folder" that is a file
    const r = await trama(['ingest', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`trama: ${out}: cannot be written`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('3: an invalid graph file', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ format: 'trama-graph', version: 9 }));
    const r = await trama(['export', '--graph', bad]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(bad);
  });

  it('4: an unreachable Neo4j is reported before anything is written; a stopped server too', async () => {
    const article = join(dir, 'n.txt');
    await writeFile(article, ARTICLE);
    const out = join(dir, 'never.json');
    const r = await trama(['ingest', article, '--out', out, '--neo4j-uri', 'bolt://127.0.0.1:1']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    expect(existsSync(out)).toBe(false);
    const status = await trama(['neo4j', 'status', '--data-dir', join(dir, 'no-server')]);
    expect(status.code).toBe(4);
    expect(status.stderr).toMatch(/no Neo4j running/);
  });

  it('70: anything that is not a trama error is internal: exit 70 with the stack, asking for a report', () => {
    const bug = new TypeError('x is undefined');
    expect(exitCodeFor(bug)).toBe(70);
    expect(exitCodeFor(new InvariantError('broken'))).toBe(70);
    expect(errorReport(bug)).toMatch(
      /internal error \(exit 70; please report it.*TypeError: x is undefined\n\s+at /s,
    );
    expect(exitCodeFor(new InputError('f', 'p'))).toBe(2);
    expect(exitCodeFor(new ServiceError('down'))).toBe(4);
  });
});

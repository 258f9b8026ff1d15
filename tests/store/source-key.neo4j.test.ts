/**
 * The same file named two ways (relative from one folder, absolute from another) is one source: a new
 * text replaces the old one in Neo4j, while `source` keeps the path as typed. And the warm-up writes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { warmUpStore } from '../../src/store/index.js';
import {
  clearDatabase,
  connectionFlags,
  cypher,
  testNeo4jConfig,
} from '../helpers/neo4j-client.js';
import { tempDir } from '../helpers/temp-dir.js';

const run = promisify(execFile);
const config = testNeo4jConfig();
const connection = connectionFlags(config);
const trama = (args: string[], cwd: string) =>
  run('node', [join(PACKAGE_ROOT, 'bin', 'trama.js'), ...args, ...connection], { cwd });

describe('replacement keys on the canonical path', () => {
  beforeAll(async () => {
    await clearDatabase(config);
  });

  it('an updated file replaces its previous version whichever way its path was typed', async () => {
    const dir = await tempDir('trama-neo4j-source-');
    const articles = join(dir, 'articles');
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(articles);
    await mkdir(elsewhere);
    const file = join(articles, 'nota.txt');
    await writeFile(file, 'Titular\n\nLa ministra Irene Castañar visitó Valdemora el lunes.\n');
    await trama(['ingest', '../articles/nota.txt', '--out', 'g1.json'], elsewhere);
    await writeFile(file, 'Titular\n\nEl ministro Tobías Quintela visitó Valdemora el martes.\n');
    await trama(['ingest', file, '--out', 'g2.json'], dir);
    const rows = await cypher<{ source: string; sourceKey: string }>(
      config,
      'MATCH (a:Article) RETURN a.source AS source, a.sourceKey AS sourceKey',
    );
    expect(rows).toEqual([{ source: file, sourceKey: await realpath(file) }]);
    const people = (
      await cypher<{ name: string }>(config, 'MATCH (p:Person) RETURN p.name AS name')
    ).map((p) => p.name);
    expect(people).toContain('Tobías Quintela');
    expect(people).not.toContain('Irene Castañar'); // the first version's entities are gone
  }, 600_000); // two CLI loads, the first into a server whose plans may still be cold

  it('warmUpStore plans the write statements without writing anything', async () => {
    await clearDatabase(config);
    const result = await warmUpStore(config);
    expect(result.statements).toBeGreaterThan(60);
    const left = await cypher<{ n: number }>(
      config,
      'MATCH (n) WHERE NOT n:TramaLock RETURN count(n) AS n',
    );
    expect(Number(left[0]!.n)).toBe(0);
  });
});

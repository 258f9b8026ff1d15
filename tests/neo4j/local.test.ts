import { describe, expect, it } from 'vitest';
import { extraJvmArgs, jvmArgs, renderNeo4jConf } from '../../src/neo4j/conf.js';
import { instancePaths } from '../../src/neo4j/paths.js';
import { launcherPom } from '../../src/neo4j/pom.js';
import { createStateExclusive, readState, stateIsLive } from '../../src/neo4j/state.js';
import { parseJavaMajor } from '../../src/neo4j/tools.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('local Neo4j pieces', () => {
  it('binds Bolt and HTTP to 127.0.0.1 only and advertises the Bolt port (for neo4j:// routing)', () => {
    const conf = renderNeo4jConf({
      boltPort: 7999,
      httpPort: 7998,
      paths: instancePaths('/x/inst'),
      heap: '512m',
      pageCache: '64m',
      authEnabled: true,
    });
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.bolt.advertised_address=127.0.0.1:7999');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7998');
    expect(conf).toContain('server.directories.data=/x/inst/data');
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });
  it('takes extra JVM flags from TRAMA_NEO4J_JVM_OPTS, first, and refuses what is not a flag', () => {
    const extra = extraJvmArgs({ TRAMA_NEO4J_JVM_OPTS: ' -XX:TieredStopAtLevel=1  -Xss2m ' });
    expect(extra).toEqual(['-XX:TieredStopAtLevel=1', '-Xss2m']);
    expect(jvmArgs('512m', extra).slice(0, 4)).toEqual([
      '-XX:TieredStopAtLevel=1',
      '-Xss2m',
      '-Xms512m',
      '-Xmx512m',
    ]);
    expect(extraJvmArgs({})).toEqual([]);
    expect(() => extraJvmArgs({ TRAMA_NEO4J_JVM_OPTS: '-Xss2m TieredStopAtLevel=1' })).toThrow(
      'TRAMA_NEO4J_JVM_OPTS: "TieredStopAtLevel=1" is not a JVM option (options start with "-")',
    );
  });
  it('pins the Neo4j artifact in the generated pom', () => {
    expect(launcherPom()).toMatch(
      /<groupId>org\.neo4j<\/groupId>\s*<artifactId>neo4j<\/artifactId>\s*<version>5\.26\.\d+<\/version>/,
    );
  });
  it('reads Java major versions', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_40"')).toBe(8);
    expect(parseJavaMajor('nonsense')).toBeNull();
  });
  it('lets only one start take a data folder; a state file of a dead starter is not live', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trama-state-'));
    try {
      const file = join(dir, 'state.json');
      const state = {
        pid: null,
        ownerPid: process.pid,
        boltPort: 1,
        httpPort: 2,
        uri: 'bolt://127.0.0.1:1',
        httpUri: '',
        username: 'neo4j',
        startedAt: '',
        version: '5.26',
      };
      expect(createStateExclusive(file, state)).toBe(true);
      expect(createStateExclusive(file, state)).toBe(false);
      expect(stateIsLive(readState(file)!, dir)).toBe(true);
      expect(stateIsLive({ ...state, ownerPid: 2 ** 22 + 12345 }, dir)).toBe(false);
      expect(stateIsLive({ ...state, pid: process.pid }, dir)).toBe(false); // alive, but not a Neo4j for this folder
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

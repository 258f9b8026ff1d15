/**
 * Where the local Neo4j lives: `$TRAMA_HOME/neo4j` (default `<repo>/.trama/neo4j`, git-ignored).
 *   dist/<version>/lib/*.jar   the assembled server (shared by every data folder)
 *   instance/                  the default data folder (conf, data, logs, run, state file)
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEO4J_VERSION } from './version.js';

/** The repository (or installed package) root: two levels above this module (src/neo4j or dist/neo4j). */
export function packageRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function tramaHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRAMA_HOME ? resolve(env.TRAMA_HOME) : join(packageRoot(), '.trama');
}

export function neo4jRoot(env: NodeJS.ProcessEnv = process.env): string {
  return join(tramaHome(env), 'neo4j');
}

export function neo4jDistDir(
  env: NodeJS.ProcessEnv = process.env,
  version = NEO4J_VERSION,
): string {
  return join(neo4jRoot(env), 'dist', version);
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(neo4jRoot(env), 'instance');
}

/** Files and folders inside one data folder. */
export function instancePaths(dataDir: string) {
  const root = resolve(dataDir);
  return {
    root,
    conf: join(root, 'conf'),
    confFile: join(root, 'conf', 'neo4j.conf'),
    data: join(root, 'data'),
    logs: join(root, 'logs'),
    run: join(root, 'run'),
    console: join(root, 'logs', 'console.log'),
    neo4jLog: join(root, 'logs', 'neo4j.log'),
    /** trama's pid/lock file: created exclusively, so two starts on one folder cannot both win. */
    state: join(root, 'trama-neo4j.json'),
  };
}
export type InstancePaths = ReturnType<typeof instancePaths>;

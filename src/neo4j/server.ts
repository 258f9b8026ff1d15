/**
 * Run a real Neo4j Community server (the `org.neo4j.server.CommunityEntryPoint` of the assembled
 * jars, the same entry point the official tarball runs) on 127.0.0.1, one per data folder.
 *
 *   startNeo4j({ dataDir })  → waits until Bolt answers, returns { uri, username, password, pid, stop() }
 *   stopNeo4j(dataDir)       → SIGTERM (clean shutdown), SIGKILL after a grace period
 *   neo4jStatus(dataDir)     → running or not, with ports and pid
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { ServiceError } from '../schema/index.js';
import { extraJvmArgs, jvmArgs, renderNeo4jConf } from './conf.js';
import { ensureNeo4jInstalled } from './install.js';
import { defaultDataDir, instancePaths, type InstancePaths } from './paths.js';
import { freePort, portIsFree } from './ports.js';
import {
  createStateExclusive,
  isAlive,
  readState,
  removeState,
  stateIsLive,
  writeState,
  type InstanceState,
} from './state.js';
import { findJava } from './tools.js';
import { DEFAULT_NEO4J_PASSWORD, DEFAULT_NEO4J_USERNAME, NEO4J_VERSION } from './version.js';

export interface StartNeo4jOptions {
  /** Data folder (conf, data, logs, state file). Default `<trama home>/neo4j/instance`. */
  dataDir?: string;
  /** Bolt port on 127.0.0.1; 0 or omitted picks a free port. */
  boltPort?: number;
  /** HTTP port on 127.0.0.1; 0 or omitted picks a free port. */
  httpPort?: number;
  /** Password of user `neo4j`, applied when the data folder is first created. Default NEO4J_PASSWORD or trama-dev-password. */
  password?: string;
  /** JVM heap (both -Xms and -Xmx). Default TRAMA_NEO4J_HEAP or 768m. */
  heap?: string;
  /** Page cache. Default TRAMA_NEO4J_PAGECACHE or 256m. */
  pageCache?: string;
  /** How long to wait for Bolt to answer. Default 120 s. */
  startTimeoutMs?: number;
  /** Keep the server running after this process exits (default true). */
  detached?: boolean;
  env?: NodeJS.ProcessEnv;
  onProgress?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  httpUri: string;
  username: string;
  password: string;
  pid: number;
  dataDir: string;
  boltPort: number;
  httpPort: number;
  stop(): Promise<void>;
}

export interface Neo4jStatus {
  running: boolean;
  dataDir: string;
  pid?: number;
  uri?: string;
  httpUri?: string;
  boltPort?: number;
  httpPort?: number;
  startedAt?: string;
  version?: string;
  /** Set when a state file was left by a server that is gone (removed by this call). */
  stale?: boolean;
}

export async function startNeo4j(options: StartNeo4jOptions = {}): Promise<RunningNeo4j> {
  const env = options.env ?? process.env;
  const progress = options.onProgress ?? (() => {});
  const dataDir = resolve(options.dataDir ?? defaultDataDir(env));
  const paths = instancePaths(dataDir);
  const java = findJava(env);
  const installation = await ensureNeo4jInstalled({ env, onProgress: progress });
  const password = options.password ?? env.NEO4J_PASSWORD ?? DEFAULT_NEO4J_PASSWORD;
  const heap = options.heap ?? env.TRAMA_NEO4J_HEAP ?? '768m';
  const pageCache = options.pageCache ?? env.TRAMA_NEO4J_PAGECACHE ?? '256m';
  const extraJvm = extraJvmArgs(env);
  const boltPort = options.boltPort || (await freePort());
  const httpPort = options.httpPort || (await freePort());

  for (const dir of [paths.root, paths.conf, paths.data, paths.logs, paths.run])
    mkdirSync(dir, { recursive: true });
  const state: InstanceState = {
    pid: null,
    ownerPid: process.pid,
    boltPort,
    httpPort,
    uri: `bolt://127.0.0.1:${boltPort}`,
    httpUri: `http://127.0.0.1:${httpPort}`,
    username: DEFAULT_NEO4J_USERNAME,
    startedAt: new Date().toISOString(),
    version: NEO4J_VERSION,
  };
  claimDataDir(paths, state);

  let pid: number | null = null;
  try {
    for (const [port, what] of [
      [boltPort, 'Bolt'],
      [httpPort, 'HTTP'],
    ] as const) {
      if (!(await portIsFree(port))) {
        throw new ServiceError(
          `cannot start Neo4j: ${what} port ${port} on 127.0.0.1 is already in use (another Neo4j?); choose another port or stop that server.`,
        );
      }
    }
    writeFileSync(
      paths.confFile,
      renderNeo4jConf({ boltPort, httpPort, paths, heap, pageCache, authEnabled: true }),
    );
    const neo4jEnv = { ...env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf };
    const classpath = `${join(installation.libDir, '*')}`;
    setInitialPassword(java.command, [...extraJvm, '-cp', classpath], neo4jEnv, paths, password);

    progress(`Starting Neo4j ${NEO4J_VERSION} (data: ${dataDir})...`);
    const out = openSync(paths.console, 'a');
    const child = spawn(
      java.command,
      [
        ...jvmArgs(heap, extraJvm),
        '-cp',
        classpath,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${paths.root}`,
        `--config-dir=${paths.conf}`,
      ],
      {
        cwd: paths.root,
        env: neo4jEnv,
        detached: options.detached ?? true,
        stdio: ['ignore', out, out],
      },
    );
    closeSync(out);
    if (child.pid === undefined)
      throw new ServiceError(`could not launch "${java.command}" for Neo4j`);
    pid = child.pid;
    if (options.detached ?? true) child.unref();
    writeState(paths.state, { ...state, pid });

    await waitForBolt(
      state.uri,
      DEFAULT_NEO4J_USERNAME,
      password,
      pid,
      paths,
      options.startTimeoutMs ?? 120_000,
    );
    progress(`Neo4j is up: ${state.uri} (browser: ${state.httpUri})`);
  } catch (error) {
    if (pid !== null && isAlive(pid)) await terminate(pid, 30_000);
    removeState(paths.state);
    throw error;
  }
  const runningPid = pid;
  return {
    uri: state.uri,
    httpUri: state.httpUri,
    username: DEFAULT_NEO4J_USERNAME,
    password,
    pid: runningPid,
    dataDir,
    boltPort,
    httpPort,
    stop: () => stopNeo4j(dataDir).then(() => undefined),
  };
}

/** Take the state file, or explain who holds it. A file left by a dead server is cleared. */
function claimDataDir(paths: InstancePaths, state: InstanceState): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createStateExclusive(paths.state, state)) return;
    const existing = readState(paths.state);
    if (existing && stateIsLive(existing, paths.root)) {
      const who =
        existing.pid !== null
          ? `pid ${existing.pid}, ${existing.uri}`
          : `being started by pid ${existing.ownerPid}`;
      throw new ServiceError(
        `Neo4j is already running on data folder ${paths.root} (${who}); use it, or stop it first with \`trama neo4j stop\`.`,
      );
    }
    removeState(paths.state);
  }
  throw new ServiceError(
    `could not take the lock file ${paths.state}; another start is racing for ${paths.root}`,
  );
}

/** Neo4j reads data/dbms/auth.ini on first start; the admin tool writes it (only while the store is new). */
function setInitialPassword(
  java: string,
  javaArgs: readonly string[],
  env: NodeJS.ProcessEnv,
  paths: InstancePaths,
  password: string,
): void {
  if (existsSync(join(paths.data, 'databases', 'system'))) return;
  const result = spawnSync(
    java,
    [...javaArgs, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    {
      env,
      cwd: paths.root,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new ServiceError(
      `could not set the initial Neo4j password in ${paths.data}: ${(result.stderr || result.stdout || '').trim()}`,
    );
  }
}

async function waitForBolt(
  uri: string,
  user: string,
  password: string,
  pid: number,
  paths: InstancePaths,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      throw new ServiceError(
        `Neo4j exited during startup (data folder ${paths.root}). Last log lines:\n${logTail(paths)}`,
      );
    }
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      connectionTimeout: 2000,
    });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = (error as Error).message;
      if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
        throw new ServiceError(
          `Neo4j at ${uri} is up but refused the password: the data folder ${paths.root} was created with another one. ` +
            'Use that password (NEO4J_PASSWORD) or start with a fresh data folder.',
        );
      }
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new ServiceError(
    `Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s (${lastError}). Last log lines:\n${logTail(paths)}`,
  );
}

function logTail(paths: InstancePaths, lines = 15): string {
  const parts: string[] = [];
  for (const file of [paths.console, paths.neo4jLog]) {
    if (existsSync(file))
      parts.push(...readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines));
  }
  return parts.join('\n') || '(no log output)';
}

async function terminate(pid: number, graceMs: number): Promise<boolean> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return true;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  return false;
}

export interface StopResult {
  /** True when a running server was stopped by this call. */
  stopped: boolean;
  /** True when it shut down by itself after SIGTERM (false: it had to be killed). */
  clean: boolean;
  pid?: number;
}

/** Stop the server of a data folder: SIGTERM (Neo4j checkpoints and exits), SIGKILL after `graceMs`. */
export async function stopNeo4j(
  dataDir: string = defaultDataDir(),
  options: { graceMs?: number } = {},
): Promise<StopResult> {
  const paths = instancePaths(dataDir);
  const state = readState(paths.state);
  if (!state || state.pid === null || !stateIsLive(state, paths.root)) {
    if (state && !(state.pid === null && stateIsLive(state, paths.root))) removeState(paths.state);
    return { stopped: false, clean: true };
  }
  const clean = await terminate(state.pid, options.graceMs ?? 60_000);
  removeState(paths.state);
  return { stopped: true, clean, pid: state.pid };
}

export function neo4jStatus(dataDir: string = defaultDataDir()): Neo4jStatus {
  const paths = instancePaths(dataDir);
  const state = readState(paths.state);
  if (!state) return { running: false, dataDir: paths.root };
  if (state.pid === null || !stateIsLive(state, paths.root)) {
    const starting = state.pid === null && stateIsLive(state, paths.root);
    if (!starting) removeState(paths.state);
    return { running: false, dataDir: paths.root, stale: !starting };
  }
  return {
    running: true,
    dataDir: paths.root,
    pid: state.pid,
    uri: state.uri,
    httpUri: state.httpUri,
    boltPort: state.boltPort,
    httpPort: state.httpPort,
    startedAt: state.startedAt,
    version: state.version,
  };
}

/**
 * The state (pid/lock) file of a data folder: `trama-neo4j.json`, created exclusively by `start`,
 * so a second start on the same folder is refused while the first server lives.
 */
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { platform } from 'node:os';

export interface InstanceState {
  /** JVM pid; null while the starting process has not spawned it yet. */
  pid: number | null;
  /** The trama process that wrote this file (to tell a crashed start from a running one). */
  ownerPid: number;
  boltPort: number;
  httpPort: number;
  uri: string;
  httpUri: string;
  username: string;
  startedAt: string;
  version: string;
}

export function readState(file: string): InstanceState | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as InstanceState;
  } catch {
    return null;
  }
}

/** Creates the file only if it does not exist; returns false when another start holds it. */
export function createStateExclusive(file: string, state: InstanceState): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(state, null, 2));
  } finally {
    closeSync(fd);
  }
  return true;
}

export function writeState(file: string, state: InstanceState): void {
  writeFileSync(file, JSON.stringify(state, null, 2));
}

export function removeState(file: string): void {
  rmSync(file, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when `pid` is a live Neo4j server for `dataDir`. On Linux the command line is checked too,
 * so a recycled pid of an unrelated process is never taken for (or killed as) our server.
 */
export function isOurServer(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  if (platform() !== 'linux') return true;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return (
      cmdline.includes('org.neo4j.server.CommunityEntryPoint') &&
      cmdline.includes(`--home-dir=${dataDir}`)
    );
  } catch {
    return false;
  }
}

/** A state file is live when its JVM runs, or its starter still runs (start in progress). */
export function stateIsLive(state: InstanceState, dataDir: string): boolean {
  if (state.pid !== null) return isOurServer(state.pid, dataDir);
  return isAlive(state.ownerPid);
}

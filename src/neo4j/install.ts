/**
 * Assemble the Neo4j server from Maven Central into `<trama home>/neo4j/dist/<version>/lib` once.
 * Idempotent and fast when already assembled (one stat of a marker file). The assembly goes to a
 * temporary folder that is renamed into place, so concurrent callers never see half a lib folder.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createMavenProgress } from './maven-progress.js';
import { ServiceError } from '../schema/index.js';
import { neo4jDistDir } from './paths.js';
import { launcherPom } from './pom.js';
import { findMaven } from './tools.js';
import { NEO4J_VERSION } from './version.js';

export interface Neo4jInstallation {
  version: string;
  home: string;
  libDir: string;
  jarCount: number;
}

export interface EnsureInstalledOptions {
  env?: NodeJS.ProcessEnv;
  /** Progress lines for the first (slow) download; nothing is reported when already assembled. */
  onProgress?: (line: string) => void;
}

const MARKER = 'assembled.json';

function readInstallation(home: string): Neo4jInstallation | null {
  const marker = join(home, MARKER);
  if (!existsSync(marker)) return null;
  try {
    const info = JSON.parse(readFileSync(marker, 'utf8')) as Neo4jInstallation;
    return { ...info, home, libDir: join(home, 'lib') };
  } catch {
    return null;
  }
}

export function neo4jInstallation(env: NodeJS.ProcessEnv = process.env): Neo4jInstallation | null {
  return readInstallation(neo4jDistDir(env));
}

export async function ensureNeo4jInstalled(
  options: EnsureInstalledOptions = {},
): Promise<Neo4jInstallation> {
  const env = options.env ?? process.env;
  const home = neo4jDistDir(env);
  const existing = readInstallation(home);
  if (existing) return existing;

  const progress = options.onProgress ?? (() => {});
  const mvn = findMaven(env);
  const staging = `${home}.staging-${process.pid}-${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'pom.xml'), launcherPom());
  progress(
    `Assembling Neo4j Community ${NEO4J_VERSION} from Maven Central into ${home} (first run only; ~120 MB)...`,
  );
  try {
    await runMaven(mvn, staging, progress);
    const jars = readdirSync(join(staging, 'lib')).filter((f) => f.endsWith('.jar'));
    if (!jars.some((j) => j.startsWith(`neo4j-${NEO4J_VERSION}`))) {
      throw new ServiceError(
        `Maven finished but ${join(staging, 'lib')} has no neo4j-${NEO4J_VERSION}.jar`,
      );
    }
    writeFileSync(
      join(staging, MARKER),
      JSON.stringify(
        { version: NEO4J_VERSION, jarCount: jars.length, assembledAt: new Date().toISOString() },
        null,
        2,
      ),
    );
    try {
      renameSync(staging, home);
    } catch (error) {
      // Another process finished first: use its copy.
      if (!readInstallation(home)) throw error;
    }
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
  const installed = readInstallation(home);
  if (!installed)
    throw new ServiceError(`ensureNeo4jInstalled: ${home} is still not assembled after Maven ran`);
  progress(`Neo4j ${NEO4J_VERSION} assembled (${installed.jarCount} jars).`);
  return installed;
}

function runMaven(mvn: string, dir: string, progress: (line: string) => void): Promise<void> {
  const args = [
    '-B',
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    '-DoutputDirectory=lib',
    '-f',
    join(dir, 'pom.xml'),
  ];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(mvn, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const tracker = createMavenProgress(Date.now());
    const timer = setInterval(() => {
      const line = tracker.tick(Date.now());
      if (line) progress(line);
    }, 1000);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        // eslint-disable-next-line no-control-regex
        const clean = line.replace(/\x1b\[[0-9;]*m/g, '').trimEnd();
        if (!clean) continue;
        tail.push(clean);
        if (tail.length > 40) tail.shift();
        const report = tracker.line(clean, Date.now());
        if (report) progress(report);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(new ServiceError(`could not run Maven ("${mvn}"): ${error.message}`));
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolvePromise();
      else
        reject(
          new ServiceError(
            `Maven could not assemble Neo4j ${NEO4J_VERSION} (exit ${code}; command: ${mvn} ${args.join(' ')}):\n${tail.join('\n')}`,
          ),
        );
    });
  });
}

/** Finding Java and Maven, with plain words when they are missing. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../schema/index.js';

export interface JavaInfo {
  command: string;
  major: number;
}

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` on the PATH. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaInfo {
  const command =
    env.JAVA_HOME && existsSync(join(env.JAVA_HOME, 'bin', 'java'))
      ? join(env.JAVA_HOME, 'bin', 'java')
      : 'java';
  const probe = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new ServiceError(
      `Java was not found (tried "${command}"): the local Neo4j needs a Java 17 or 21 runtime. ` +
        'Install one (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or set JAVA_HOME, ' +
        'or run Neo4j with Docker instead (docker compose up -d neo4j).',
    );
  }
  const major = parseJavaMajor(`${probe.stderr}${probe.stdout}`);
  if (major !== null && major < 17) {
    throw new ServiceError(
      `Java ${major} found at "${command}", but Neo4j ${'5.26'} needs Java 17 or 21: install a newer JDK or set JAVA_HOME to one.`,
    );
  }
  return { command, major: major ?? 17 };
}

/** `openjdk version "17.0.15"` → 17; `java version "1.8.0_40"` → 8. */
export function parseJavaMajor(versionText: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** `mvn` on the PATH (or under MAVEN_HOME). Only needed for the first, one-off assembly. */
export function findMaven(env: NodeJS.ProcessEnv = process.env): string {
  const command =
    env.MAVEN_HOME && existsSync(join(env.MAVEN_HOME, 'bin', 'mvn'))
      ? join(env.MAVEN_HOME, 'bin', 'mvn')
      : 'mvn';
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new ServiceError(
      `Maven was not found (tried "${command}"): it is needed once, to download Neo4j from Maven Central. ` +
        'Install it (Debian/Ubuntu: apt-get install maven) or set MAVEN_HOME, ' +
        'or run Neo4j with Docker instead (docker compose up -d neo4j).',
    );
  }
  return command;
}

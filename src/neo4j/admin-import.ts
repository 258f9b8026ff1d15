/**
 * `neo4j-admin database import full` for a local data folder. The assembled server has no
 * `neo4j-admin` launcher: the tool is the `org.neo4j.cli.AdminTool` class of the same jars (the
 * import command comes with the `neo4j-import-tool` artifact, a dependency of `org.neo4j:neo4j`),
 * run with the data folder's configuration. The server of that folder must be stopped.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../schema/index.js';
import { extraJvmArgs, renderNeo4jConf } from './conf.js';
import { ensureNeo4jInstalled } from './install.js';
import { instancePaths } from './paths.js';
import { findJava } from './tools.js';
import { DEFAULT_BOLT_PORT, DEFAULT_HTTP_PORT } from './version.js';

export interface AdminImportFile {
  path: string;
  /** Label (nodes) or relationship type (relationships) of every row; null when the file has a column for it. */
  labelOrType: string | null;
}

export interface AdminImportOptions {
  dataDir: string;
  database: string;
  nodes: readonly AdminImportFile[];
  relationships: readonly AdminImportFile[];
  /** `--array-delimiter`: a character, or `U+XXXX`. */
  arrayDelimiter: string;
  /** Fields hold line breaks. */
  multilineFields: boolean;
  /** Where the tool writes its report of bad entries. */
  reportFile: string;
  /** JVM heap of the tool (default TRAMA_NEO4J_HEAP or 768m). */
  heap?: string;
  env?: NodeJS.ProcessEnv;
  onProgress?: (line: string) => void;
}

const fileArg = (flag: string, f: AdminImportFile) =>
  `--${flag}=${f.labelOrType === null ? '' : `${f.labelOrType}=`}${f.path}`;

/** The AdminTool arguments (pure). Any bad entry fails the import (`--bad-tolerance=0`). */
export function adminImportArgs(o: AdminImportOptions): string[] {
  return [
    'database',
    'import',
    'full',
    ...o.nodes.map((f) => fileArg('nodes', f)),
    ...o.relationships.map((f) => fileArg('relationships', f)),
    `--array-delimiter=${o.arrayDelimiter}`,
    `--multiline-fields=${o.multilineFields}`,
    '--id-type=string',
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    '--overwrite-destination=true',
    `--report-file=${o.reportFile}`,
    o.database,
  ];
}

/** Runs the import; resolves when the tool exits 0, otherwise a ServiceError with its last lines. */
export async function runAdminImport(o: AdminImportOptions): Promise<{ ms: number }> {
  const env = o.env ?? process.env;
  const started = Date.now();
  const java = findJava(env);
  const installation = await ensureNeo4jInstalled({ env, onProgress: o.onProgress ?? (() => {}) });
  const paths = instancePaths(o.dataDir);
  for (const dir of [paths.root, paths.conf, paths.data, paths.logs, paths.run])
    mkdirSync(dir, { recursive: true });
  const heap = o.heap ?? env.TRAMA_NEO4J_HEAP ?? '768m';
  // A folder never started has no configuration yet; `start` rewrites it with its ports.
  if (!existsSync(paths.confFile))
    writeFileSync(
      paths.confFile,
      renderNeo4jConf({
        boltPort: DEFAULT_BOLT_PORT,
        httpPort: DEFAULT_HTTP_PORT,
        paths,
        heap,
        pageCache: env.TRAMA_NEO4J_PAGECACHE ?? '256m',
        authEnabled: true,
      }),
    );
  const args = [
    ...extraJvmArgs(env),
    `-Xmx${heap}`,
    '-cp',
    join(installation.libDir, '*'),
    'org.neo4j.cli.AdminTool',
    ...adminImportArgs(o),
  ];
  const tail: string[] = [];
  const code = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn(java.command, args, {
      cwd: paths.root,
      env: { ...env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        const clean = line.trimEnd();
        if (!clean) continue;
        tail.push(clean);
        if (tail.length > 30) tail.shift();
        if (/^(IMPORT|Import|Imported|Peak|\s*\d+%|[A-Z][a-z ]+ \d)/.test(clean.trim()))
          o.onProgress?.(`  ${clean.trim()}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) =>
      reject(new ServiceError(`could not run the Neo4j import tool: ${error.message}`)),
    );
    child.on('close', resolvePromise);
  });
  if (code !== 0)
    throw new ServiceError(
      `neo4j-admin database import failed (exit ${code}; data folder ${paths.root}, report ${o.reportFile}):\n${tail.join('\n')}`,
    );
  return { ms: Date.now() - started };
}

/**
 * docker-compose.yml, checked without a Docker engine: valid YAML, the same Neo4j patch release as the
 * local launcher, no fixed container name, and a health check that fails on a wrong password (it logs
 * in with cypher-shell and has no fallback that would pass without credentials).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NEO4J_VERSION } from '../../src/neo4j/version.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

interface Compose {
  services: Record<
    string,
    {
      image: string;
      container_name?: string;
      ports: string[];
      environment: Record<string, string>;
      healthcheck: { test: string[] };
    }
  >;
}

const text = readFileSync(join(PACKAGE_ROOT, 'docker-compose.yml'), 'utf8');
const compose = parse(text) as Compose;
const neo4j = compose.services.neo4j!;

describe('docker-compose.yml', () => {
  it('runs the same Neo4j patch release as `trama neo4j start`, under no fixed container name', () => {
    expect(neo4j.image).toBe(`neo4j:${NEO4J_VERSION}-community`);
    expect(neo4j.container_name).toBeUndefined();
  });

  it('publishes Bolt and HTTP on 127.0.0.1 with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT', () => {
    expect(neo4j.ports).toEqual([
      '127.0.0.1:${NEO4J_BOLT_PORT:-7687}:7687',
      '127.0.0.1:${NEO4J_HTTP_PORT:-7474}:7474',
    ]);
  });

  it('health check: cypher-shell with the configured password, and nothing that passes without it', () => {
    const [kind, command] = neo4j.healthcheck.test;
    expect(kind).toBe('CMD-SHELL');
    // Compose turns $$ into $: the shell then strips "neo4j/" from NEO4J_AUTH to get the password.
    expect(command).toContain(
      'cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -p "$${NEO4J_AUTH#neo4j/}"',
    );
    expect(command).toMatch(/'RETURN 1' >\/dev\/null 2>&1 \|\| exit 1$/);
    expect(command).not.toMatch(/wget|curl|7474/);
    const commandsAfterOr = command!
      .split('||')
      .slice(1)
      .map((c) => c.trim());
    expect(commandsAfterOr).toEqual(['exit 1']);
  });

  it('the default password meets Neo4j 5 minimum length (8), and the file says so', () => {
    const defaultPassword = /\$\{NEO4J_PASSWORD:-([^}]*)\}/.exec(
      neo4j.environment.NEO4J_AUTH ?? '',
    )![1]!;
    expect(defaultPassword.length).toBeGreaterThanOrEqual(8);
    expect(text).toMatch(/at least 8\s*#?\s*characters/);
  });
});

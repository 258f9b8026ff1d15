import { defineConfig } from 'vitest/config';

// The test servers and import tools live for seconds to minutes: the JVM's quick (C1-only) compiler
// warms Neo4j's planner up sooner than the default tiered one on 2 cores (the crash test 86 -> 62 s,
// each import test about half as long; docs/benchmarks.md). Set in the main process, so the global
// setup's server and the workers' subprocesses inherit it; a value already set wins.
process.env.TRAMA_NEO4J_JVM_OPTS ??= '-XX:TieredStopAtLevel=1';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.neo4j.test.ts', '**/node_modules/**'],
        },
      },
      {
        // Tests against a real Neo4j server, started once per run by the global setup (only when
        // at least one of these files is selected). Files run one after another: they share the server.
        // They live with the tests of what they check (tests/store, tests/query, tests/neo4j …) and
        // say that they need the server by their name: `*.neo4j.test.ts`.
        extends: true,
        test: {
          name: 'neo4j',
          include: ['tests/**/*.neo4j.test.ts'],
          globalSetup: ['tests/helpers/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
    ],
  },
});

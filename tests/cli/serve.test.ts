import { describe, expect, it } from 'vitest';
import { parsePort } from '../../src/cli/commands/serve.js';
import { buildProgram } from '../../src/cli/main.js';

describe('trama serve', () => {
  it('is registered with --graph, --port, --host and the Neo4j connection flags', () => {
    const serve = buildProgram().commands.find((c) => c.name() === 'serve');
    expect(serve).toBeDefined();
    expect(serve!.options.map((o) => o.long)).toEqual([
      '--graph',
      '--port',
      '--host',
      '--neo4j',
      '--neo4j-uri',
      '--neo4j-user',
      '--neo4j-password',
      '--neo4j-database',
    ]);
  });

  it('accepts ports 0-65535 and names the bad value otherwise', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8765')).toBe(8765);
    for (const bad of ['-1', '65536', 'abc', '1.5', '']) {
      expect(() => parsePort(bad), bad).toThrow(/--port: expected an integer from 0 to 65535/);
    }
  });
});

/** Every command's --help: one capitalisation style, an example and the exit-code table. */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { exitCodesHelp } from '../../src/cli/exit-codes.js';
import { buildProgram } from '../../src/cli/main.js';
import { assertBuilt, trama } from './run-cli.js';

function allCommands(command: Command, path: string[] = []): Array<[string[], Command]> {
  return [[path, command], ...command.commands.flatMap((c) => allCommands(c, [...path, c.name()]))];
}

describe('--help', () => {
  const commands = allCommands(buildProgram());

  it('covers every command, sub-commands included', () => {
    expect(commands.map(([p]) => p.join(' '))).toEqual(
      expect.arrayContaining(['', 'ingest', 'query', 'serve', 'neo4j start', 'eval gold']),
    );
  });

  // Lower case first, as commander's own texts ("display help for command"); a first word that is a
  // name written with more capitals or digits (Neo4j, JVM, CoNLL) stays as it is.
  it('descriptions of commands, arguments and options start in lower case', () => {
    for (const [path, c] of commands) {
      const texts = [
        c.description(),
        ...c.options.map((o) => o.description),
        ...c.registeredArguments.map((a) => a.description),
      ];
      for (const text of texts)
        expect(text, `${path.join(' ')}: ${text}`).toMatch(/^([^A-Z]|[A-Z]\S*[A-Z0-9])/);
    }
  });

  it('every command shows an example and the exit codes; --param has no "(default: {})"', async () => {
    assertBuilt();
    for (const [path] of commands) {
      const r = await trama([...path, '--help']);
      expect(r.code, path.join(' ')).toBe(0);
      expect(r.stdout, path.join(' ')).toMatch(/\nExamples?:\n {2}trama /);
      expect(r.stdout, path.join(' ')).toContain(exitCodesHelp());
      expect(r.stdout).not.toContain('(default: {})');
    }
  }, 180_000);
});

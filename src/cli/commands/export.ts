import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS } from '../../export/index.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { DEFAULT_GRAPH_PATH } from '../../paths.js';
import { UsageError } from '../../schema/index.js';
import { readGraphFromNeo4j, resolveNeo4jConfig, type Neo4jFlags } from '../../store/index.js';
import { readGraphFile } from '../io.js';
import { addNeo4jConnectionOptions } from '../neo4j-options.js';
import { addExamplesAndExitCodes } from '../help.js';
import type { CliCommand } from './types.js';

interface ExportFlags extends Neo4jFlags {
  from: 'file' | 'neo4j';
  graph: string;
  format: string;
  out?: string;
}

export const exportCommand: CliCommand = {
  register(program: Command) {
    const command = program
      .command('export')
      .description(
        'write the graph in another format: trama JSON, GEXF (Gephi), GraphML, or neo4j-admin import CSV',
      )
      .addOption(
        new Option('-f, --format <format>', 'output format')
          .choices(Object.keys(EXPORT_FORMATS))
          .default('json'),
      )
      .addOption(
        new Option('--from <source>', 'read the graph from a file or from Neo4j')
          .choices(['file', 'neo4j'])
          .default('file'),
      )
      .option(
        '-g, --graph <file>',
        'trama graph JSON to read (with --from file)',
        DEFAULT_GRAPH_PATH,
      )
      .option(
        '-o, --out <path>',
        'output file (a folder for csv); stdout when omitted for single-file formats',
      );
    addNeo4jConnectionOptions(command).addHelpText(
      'after',
      `\nFormats:\n${Object.values(EXPORT_FORMATS)
        .map((f) => `  ${f.name.padEnd(8)} ${f.description}`)
        .join('\n')}`,
    );
    addExamplesAndExitCodes(command, [
      'trama export --format gexf --out graph.gexf',
      'trama export --graph graph-data/sample.json --format csv --out import/',
      'trama export --from neo4j --out graph-from-neo4j.json',
    ]);
    command.action(async (flags: ExportFlags) => {
      const format = EXPORT_FORMATS[flags.format]!;
      const envelope =
        flags.from === 'neo4j'
          ? await readGraphFromNeo4j(resolveNeo4jConfig(flags))
          : await readGraphFile(flags.graph);
      const files = format.write(envelope);
      if (format.multiFile) {
        if (!flags.out)
          throw new UsageError(
            '--out',
            `format ${format.name} writes several files: give a folder with --out`,
          );
        for (const f of files) await writeFileAtomic(join(flags.out, f.name), f.content);
        process.stderr.write(`wrote ${files.map((f) => join(flags.out!, f.name)).join(', ')}\n`);
        return;
      }
      const content = files[0]!.content;
      if (flags.out) {
        await writeFileAtomic(flags.out, content);
        process.stderr.write(`wrote ${flags.out}\n`);
      } else {
        process.stdout.write(content);
      }
    });
  },
};

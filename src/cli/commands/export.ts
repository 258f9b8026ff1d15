import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS } from '../../export/index.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { DEFAULT_GRAPH_PATH } from '../../paths.js';
import { InputError } from '../../schema/index.js';
import { readGraphFile } from '../io.js';
import type { CliCommand } from './index.js';

interface ExportFlags {
  graph: string;
  format: string;
  out?: string;
}

export const exportCommand: CliCommand = {
  register(program: Command) {
    program
      .command('export')
      .description('Write the graph in another format: trama JSON, GEXF (Gephi), GraphML, or neo4j-admin import CSV.')
      .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(EXPORT_FORMATS)).default('json'))
      .option('-g, --graph <file>', 'trama graph JSON to read', DEFAULT_GRAPH_PATH)
      .option('-o, --out <path>', 'output file (a folder for csv); stdout when omitted for single-file formats')
      .addHelpText('after', `\nFormats:\n${Object.values(EXPORT_FORMATS).map((f) => `  ${f.name.padEnd(8)} ${f.description}`).join('\n')}\n\nExample:\n  trama export --format gexf --out graph.gexf`)
      .action(async (flags: ExportFlags) => {
        const format = EXPORT_FORMATS[flags.format]!;
        const envelope = await readGraphFile(flags.graph);
        const files = format.write(envelope);
        if (format.multiFile) {
          if (!flags.out) throw new InputError('--out', `format ${format.name} writes several files: give a folder with --out`);
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

import type { GraphEnvelope } from '../../schema/index.js';

/** One output file of an export (CSV writes two). */
export interface ExportFile {
  /** File name relative to the output location ("" = the output path itself). */
  readonly name: string;
  readonly content: string;
}

export interface ExportFormat {
  readonly name: string;
  readonly description: string;
  /** True when the format writes several files into a folder. */
  readonly multiFile: boolean;
  readonly extension: string;
  write(envelope: GraphEnvelope): ExportFile[];
}

/**
 * Word-cluster table: for each word key (see `clusterKey`), one cluster id per granularity (coarse to
 * fine). Stored as text: a header line `#clusters k1 k2 ...` then `word<TAB>id1<TAB>id2...` lines.
 */
import { InputError } from '../../schema/index.js';

export class ClusterTable {
  constructor(
    /** Number of clusters at each granularity, coarse to fine. */
    readonly granularities: readonly number[],
    private readonly table: ReadonlyMap<string, readonly number[]>,
  ) {}

  static empty(): ClusterTable {
    return new ClusterTable([], new Map());
  }

  get size(): number {
    return this.table.size;
  }

  /** Cluster ids of `key` (coarse to fine), or undefined for an unknown word. */
  get(key: string): readonly number[] | undefined {
    return this.table.get(key);
  }

  toText(): string {
    const lines = [`#clusters ${this.granularities.join(' ')}`];
    const keys = [...this.table.keys()].sort();
    for (const k of keys) lines.push(`${k}\t${this.table.get(k)!.join('\t')}`);
    return lines.join('\n') + '\n';
  }

  static fromText(text: string, source = '<clusters>'): ClusterTable {
    const lines = text.split('\n');
    const header = lines[0] ?? '';
    if (!header.startsWith('#clusters'))
      throw new InputError(
        source,
        `expected a "#clusters k1 k2 ..." header, got ${JSON.stringify(header.slice(0, 40))}`,
      );
    const granularities = header
      .split(/\s+/)
      .slice(1)
      .filter((g) => g !== '')
      .map(Number);
    if (granularities.some((g) => !Number.isInteger(g) || g <= 0))
      throw new InputError(source, `bad granularities in header ${JSON.stringify(header)}`);
    const table = new Map<string, number[]>();
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line === '') continue;
      const cols = line.split('\t');
      if (cols.length !== granularities.length + 1)
        throw new InputError(
          source,
          `line ${i + 1}: expected ${granularities.length + 1} tab-separated columns, got ${cols.length}`,
        );
      table.set(cols[0]!, cols.slice(1).map(Number));
    }
    return new ClusterTable(granularities, table);
  }
}

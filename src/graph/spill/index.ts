/**
 * Assembly on disk, for ingests whose graph would not fit in memory. Each article's assembly steps
 * (`assemblyOps`) are appended to one of `partitions` files by what they touch — a node by its key,
 * an edge by its two ends and predicate (a symmetric relation merges with its reverse) — so every step
 * of one node or edge lands in one file, in article order. When the graph is written, each file is
 * replayed on its own small graph with the same code as in memory (`applyAssemblyOp`), its elements
 * are sorted by key into a run file, and the runs are merged by key into the graph file. Memory holds
 * one partition's graph at a time; the file is the same, byte for byte, as the one built in memory.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Extraction } from '../../schema/index.js';
import {
  applyAssemblyOp,
  assemblyOps,
  createGraph,
  sortForWrite,
  type AssemblyOp,
  type TramaGraph,
} from '../assemble.js';
import { envelopeChunks, headWithCounts, type EnvelopeTextOptions } from '../envelope-stream.js';
import { PartitionFiles, linesOf, partitionOf } from './files.js';
import { mergeRuns, writeRun } from './runs.js';
import { emptyTally, tallyEdge, tallyNode, type SpillTally } from './tally.js';

export type { SpillTally } from './tally.js';

export interface SpillOptions {
  /** Folder in which the temporary folder is made (default: the system's temporary folder). */
  readonly dir?: string;
  /** Files the steps are spread over (default 64): memory holds about 1/partitions of the graph. */
  readonly partitions?: number;
  /** A partition file larger than this is split again before it is replayed (default `SPLIT_BYTES`). */
  readonly splitBytes?: number;
}

type EdgeOp = Extract<AssemblyOp, { op: 'link' | 'relation' }>;
const isEdgeOp = (op: AssemblyOp): op is EdgeOp => op.op === 'link' || op.op === 'relation';

/** The partition name of an edge's step: its key, or a relation's unordered ends + predicate. */
function edgeGroup(op: EdgeOp): string {
  if (op.op === 'link') return `L\u0000${op.source}\u0000${op.target}`;
  const [a, b] = op.source < op.target ? [op.source, op.target] : [op.target, op.source];
  return `R\u0000${a}\u0000${b}\u0000${op.predicate}`;
}

/** What a step touches: steps with the same group must be replayed together, in order. */
function groupOf(op: AssemblyOp): string {
  return isEdgeOp(op) ? edgeGroup(op) : op.key;
}

/**
 * A partition file larger than this (bytes of steps) is split again before it is replayed, so the
 * graph in memory stays small whatever the number of articles (a step's JSON is a few times smaller
 * than what it becomes in the graph).
 */
export const SPLIT_BYTES = 32 * 1024 * 1024;
/** Splits of a split, at most (a single node or edge cannot be split). */
const MAX_SPLIT_LEVEL = 4;

export class SpillAssembler {
  readonly dir: string;
  private readonly splitBytes: number;
  private readonly nodeFiles: PartitionFiles;
  private readonly edgeFiles: PartitionFiles;
  private runs: { nodes: string[]; edges: string[]; tally: SpillTally } | undefined;
  private closed = false;

  constructor(options: SpillOptions = {}) {
    const partitions = options.partitions ?? 64;
    if (!Number.isInteger(partitions) || partitions < 1)
      throw new RangeError(
        `SpillAssembler: partitions must be a positive integer, got ${String(partitions)}`,
      );
    this.splitBytes = options.splitBytes ?? SPLIT_BYTES;
    this.dir = mkdtempSync(join(options.dir ?? tmpdir(), 'trama-spill-'));
    this.nodeFiles = new PartitionFiles(this.dir, 'n', partitions);
    this.edgeFiles = new PartitionFiles(this.dir, 'e', partitions);
  }

  /** Add one article's extraction (in input order, as `addExtraction` would). */
  add(extraction: Extraction): void {
    if (this.runs || this.closed)
      throw new Error('SpillAssembler.add: the graph was already written or the assembler closed');
    for (const op of assemblyOps(extraction)) {
      const files = isEdgeOp(op) ? this.edgeFiles : this.nodeFiles;
      files.append(partitionOf(groupOf(op), files.count), JSON.stringify(op));
    }
  }

  /** Counts of the assembled graph (assembles the partitions on first use). */
  get tally(): SpillTally {
    return this.assembled().tally;
  }

  /** Text chunks of the graph file: the same text as `envelopeText` of the graph built in memory. */
  *envelopeText(origin: string, options: EnvelopeTextOptions): Generator<string> {
    const { nodes, edges, tally } = this.assembled();
    yield* envelopeChunks(
      headWithCounts(origin, tally.counts),
      mergeRuns(nodes, options.pretty),
      mergeRuns(edges, options.pretty),
      options,
    );
  }

  /** Remove the temporary files. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.runs) {
      this.nodeFiles.close();
      this.edgeFiles.close();
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private assembled(): { nodes: string[]; edges: string[]; tally: SpillTally } {
    if (this.closed) throw new Error('SpillAssembler: closed');
    if (this.runs) return this.runs;
    this.nodeFiles.close();
    this.edgeFiles.close();
    const tally = emptyTally();
    const nodeRuns: string[] = [];
    const edgeRuns: string[] = [];
    for (const path of this.smallFiles(this.nodeFiles)) {
      const graph = this.replay(path);
      const elements: { key: string; element: unknown }[] = [];
      graph.forEachNode((key, attributes) => {
        sortForWrite(attributes);
        tallyNode(tally, attributes);
        elements.push({ key, element: { key, attributes } });
      });
      writeRun(`${path}.run`, elements);
      nodeRuns.push(`${path}.run`);
    }
    for (const path of this.smallFiles(this.edgeFiles)) {
      const graph = this.replay(path);
      const elements: { key: string; element: unknown }[] = [];
      graph.forEachEdge((key, attributes, source, target) => {
        sortForWrite(attributes);
        tallyEdge(tally, attributes);
        elements.push({ key, element: { key, source, target, attributes } });
      });
      writeRun(`${path}.run`, elements);
      edgeRuns.push(`${path}.run`);
    }
    this.runs = { nodes: nodeRuns, edges: edgeRuns, tally };
    return this.runs;
  }

  /** The partition files, each split again (recursively) while it is larger than `splitBytes`. */
  private *smallFiles(files: PartitionFiles): Generator<string> {
    for (let i = 0; i < files.count; i++) yield* this.split(files.path(i), 1);
  }

  private *split(path: string, level: number): Generator<string> {
    const size = statSync(path).size;
    if (size <= this.splitBytes || level > MAX_SPLIT_LEVEL) {
      yield path;
      return;
    }
    const parts = new PartitionFiles(
      this.dir,
      `${basename(path, '.jsonl')}-`,
      Math.min(64, Math.ceil((2 * size) / this.splitBytes)),
    );
    for (const line of linesOf(path))
      if (line)
        parts.append(
          partitionOf(groupOf(JSON.parse(line) as AssemblyOp), parts.count, level),
          line,
        );
    parts.close();
    rmSync(path);
    for (let i = 0; i < parts.count; i++) yield* this.split(parts.path(i), level + 1);
  }

  /** One partition's steps applied in order to a graph of its own (edges' ends as bare nodes). */
  private replay(path: string): TramaGraph {
    const graph = createGraph();
    for (const line of linesOf(path)) {
      if (!line) continue;
      const op = JSON.parse(line) as AssemblyOp;
      if (isEdgeOp(op)) {
        if (!graph.hasNode(op.source)) graph.addNode(op.source);
        if (!graph.hasNode(op.target)) graph.addNode(op.target);
      }
      applyAssemblyOp(graph, op);
    }
    rmSync(path);
    return graph;
  }
}

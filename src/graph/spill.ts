/**
 * Assembly on disk, for ingests whose graph would not fit in memory. Each article's assembly steps
 * (`assemblyOps`) are appended to one of `partitions` files by what they touch — a node by its key,
 * an edge by its two ends and predicate (a symmetric relation merges with its reverse) — so every step
 * of one node or edge lands in one file, in article order. When the graph is written, each file is
 * replayed on its own small graph with the same code as in memory (`applyAssemblyOp`), its elements
 * are sorted by key into a run file, and the runs are merged by key into the graph file. Memory holds
 * one partition's graph at a time; the file is the same, byte for byte, as the one built in memory.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import {
  makeEnvelope,
  type EdgeAttributes,
  type Extraction,
  type GraphCounts,
  type NodeAttributes,
} from '../schema/index.js';
import { GENERATOR } from '../version.js';
import {
  applyAssemblyOp,
  assemblyOps,
  createGraph,
  sortForWrite,
  type AssemblyOp,
  type TramaGraph,
} from './assemble.js';
import { elementJson, envelopeChunks, type EnvelopeTextOptions } from './envelope-stream.js';

export interface SpillOptions {
  /** Folder in which the temporary folder is made (default: the system's temporary folder). */
  readonly dir?: string;
  /** Files the steps are spread over (default 64): memory holds about 1/partitions of the graph. */
  readonly partitions?: number;
  /** A partition file larger than this is split again before it is replayed (default `SPLIT_BYTES`). */
  readonly splitBytes?: number;
}

/** What the graph holds, counted as it is assembled (for the file's head and the ingest summary). */
export interface SpillTally {
  readonly counts: GraphCounts;
  /** Nodes and edges of every kind. */
  readonly nodes: number;
  readonly edges: number;
  /** Entities by type. */
  readonly entityTypes: Record<string, number>;
  readonly dates: number;
  readonly quantities: number;
  /** Relations by category. */
  readonly relationCategories: Record<string, number>;
}

function tallyNode(t: Mutable<SpillTally>, a: NodeAttributes): void {
  t.nodes++;
  if (a.kind === 'article') t.counts.articleCount++;
  else if (a.kind === 'entity') {
    t.counts.entityCount++;
    t.entityTypes[a.type] = (t.entityTypes[a.type] ?? 0) + 1;
  } else if (a.kind === 'date') t.dates++;
  else if (a.kind === 'quantity') t.quantities++;
}

function tallyEdge(t: Mutable<SpillTally>, a: EdgeAttributes): void {
  t.edges++;
  if (a.kind !== 'relation') return;
  t.counts.relationCount++;
  t.relationCategories[a.category] = (t.relationCategories[a.category] ?? 0) + 1;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** Buffered text per partition is written out past this many characters. */
const FLUSH_CHARS = 1 << 16;

/** 32-bit FNV-1a of a string's UTF-16 code units: which partition a key goes to. */
function partitionOf(key: string, partitions: number, level = 0): number {
  // Another starting value per level, so that a partition split again spreads its keys anew.
  let h = (0x811c9dc5 ^ Math.imul(level, 0x9e3779b9)) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % partitions;
}

/** The partition name of a step: a node's key, an edge's key or its unordered ends + predicate. */
function edgeGroup(op: AssemblyOp & { op: 'link' | 'relation' }): string {
  if (op.op === 'link') return `L\u0000${op.source}\u0000${op.target}`;
  const [a, b] = op.source < op.target ? [op.source, op.target] : [op.target, op.source];
  return `R\u0000${a}\u0000${b}\u0000${op.predicate}`;
}

/** What a step touches: steps with the same group must be replayed together, in order. */
function groupOf(op: AssemblyOp): string {
  return op.op === 'link' || op.op === 'relation' ? edgeGroup(op) : op.key;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A partition file larger than this (bytes of steps) is split again before it is replayed, so the
 * graph in memory stays small whatever the number of articles (a step's JSON is a few times smaller
 * than what it becomes in the graph).
 */
export const SPLIT_BYTES = 32 * 1024 * 1024;
/** Splits of a split, at most (a single node or edge cannot be split). */
const MAX_SPLIT_LEVEL = 4;

class PartitionFiles {
  private readonly buffers: string[];
  private readonly fds: number[];

  constructor(
    private readonly dir: string,
    readonly prefix: string,
    readonly count: number,
  ) {
    this.buffers = Array.from({ length: count }, () => '');
    this.fds = Array.from({ length: count }, (_, i) => openSync(this.path(i), 'wx'));
  }

  path(i: number): string {
    return join(this.dir, `${this.prefix}${i}.jsonl`);
  }

  append(i: number, line: string): void {
    this.buffers[i] += `${line}\n`;
    if (this.buffers[i]!.length >= FLUSH_CHARS) this.flush(i);
  }

  close(): void {
    for (let i = 0; i < this.count; i++) {
      this.flush(i);
      closeSync(this.fds[i]!);
    }
  }

  private flush(i: number): void {
    if (this.buffers[i]) writeSync(this.fds[i]!, this.buffers[i]!);
    this.buffers[i] = '';
  }
}

/** The lines of a file, read in chunks. */
function* linesOf(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const chunk = Buffer.alloc(1 << 16);
    let rest = '';
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      const text = rest + decoder.write(chunk.subarray(0, n));
      const lines = text.split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** Run lines are `JSON key <TAB> element JSON`, sorted by key; the key's JSON holds no raw tab. */
function runLine(key: string, element: unknown): string {
  return `${JSON.stringify(key)}\t${JSON.stringify(element)}`;
}

interface RunHead {
  readonly key: string;
  readonly json: string;
  readonly run: number;
}

/** The runs' elements in key order: a binary heap of each run's next line. */
function* mergeRuns(paths: readonly string[], pretty: boolean): Generator<string> {
  const readers = paths.map((p) => linesOf(p));
  const heap: RunHead[] = [];
  const less = (a: RunHead, b: RunHead): boolean => byString(a.key, b.key) < 0;
  const push = (run: number): void => {
    const step = readers[run]!.next();
    if (step.done) return;
    const tab = step.value.indexOf('\t');
    heap.push({
      key: JSON.parse(step.value.slice(0, tab)) as string,
      json: step.value.slice(tab + 1),
      run,
    });
    for (let i = heap.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (!less(heap[i]!, heap[up]!)) break;
      [heap[i], heap[up]] = [heap[up]!, heap[i]!];
      i = up;
    }
  };
  const pop = (): RunHead => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  for (let run = 0; run < readers.length; run++) push(run);
  while (heap.length > 0) {
    const { json, run } = pop();
    yield pretty ? elementJson(JSON.parse(json), true) : json;
    push(run);
  }
}

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
    const n = this.nodeFiles.count;
    for (const op of assemblyOps(extraction)) {
      const line = JSON.stringify(op);
      if (op.op === 'link' || op.op === 'relation')
        this.edgeFiles.append(partitionOf(edgeGroup(op), n), line);
      else this.nodeFiles.append(partitionOf(op.key, n), line);
    }
  }

  /** Counts of the assembled graph (assembles the partitions on first use). */
  get tally(): SpillTally {
    return this.assembled().tally;
  }

  /** Text chunks of the graph file: the same text as `envelopeText` of the graph built in memory. */
  *envelopeText(origin: string, options: EnvelopeTextOptions): Generator<string> {
    const { nodes, edges, tally } = this.assembled();
    const head = makeEnvelope({
      generator: GENERATOR,
      origin,
      nodes: [],
      edges: [],
      counts: tally.counts,
    });
    yield* envelopeChunks(
      head,
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
    const tally: Mutable<SpillTally> = {
      counts: { articleCount: 0, entityCount: 0, relationCount: 0 },
      nodes: 0,
      edges: 0,
      entityTypes: {},
      dates: 0,
      quantities: 0,
      relationCategories: {},
    };
    const nodeRuns: string[] = [];
    const edgeRuns: string[] = [];
    for (const path of this.smallFiles(this.nodeFiles)) {
      const graph = this.replay(path);
      const lines: { key: string; line: string }[] = [];
      graph.forEachNode((key, attributes) => {
        sortForWrite(attributes);
        tallyNode(tally, attributes);
        lines.push({ key, line: runLine(key, { key, attributes }) });
      });
      nodeRuns.push(this.writeRun(`${path}.run`, lines));
    }
    for (const path of this.smallFiles(this.edgeFiles)) {
      const graph = this.replay(path);
      const lines: { key: string; line: string }[] = [];
      graph.forEachEdge((key, attributes, source, target) => {
        sortForWrite(attributes);
        tallyEdge(tally, attributes);
        lines.push({ key, line: runLine(key, { key, source, target, attributes }) });
      });
      edgeRuns.push(this.writeRun(`${path}.run`, lines));
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
      if (op.op === 'link' || op.op === 'relation') {
        if (!graph.hasNode(op.source)) graph.addNode(op.source);
        if (!graph.hasNode(op.target)) graph.addNode(op.target);
      }
      applyAssemblyOp(graph, op);
    }
    rmSync(path);
    return graph;
  }

  private writeRun(path: string, lines: { key: string; line: string }[]): string {
    lines.sort((a, b) => byString(a.key, b.key));
    const fd = openSync(path, 'w');
    try {
      let buffer = '';
      for (const { line } of lines) {
        buffer += `${line}\n`;
        if (buffer.length >= FLUSH_CHARS) {
          writeSync(fd, buffer);
          buffer = '';
        }
      }
      if (buffer) writeSync(fd, buffer);
    } finally {
      closeSync(fd);
    }
    return path;
  }
}

/**
 * Runs: one partition's nodes or edges in key order, a line each (`JSON key <TAB> element JSON`), and
 * their merge by key into the file's element texts.
 */
import { byString, elementJson } from '../envelope-stream.js';
import { linesOf, writeLines } from './files.js';

/** Write the elements, sorted by key, as a run file. The key's JSON holds no raw tab. */
export function writeRun(path: string, elements: { key: string; element: unknown }[]): void {
  elements.sort((a, b) => byString(a.key, b.key));
  writeLines(
    path,
    elements.map(({ key, element }) => `${JSON.stringify(key)}\t${JSON.stringify(element)}`),
  );
}

interface RunHead {
  readonly key: string;
  readonly json: string;
  readonly run: number;
}

/** The runs' elements in key order: a binary heap of each run's next line. */
export function* mergeRuns(paths: readonly string[], pretty: boolean): Generator<string> {
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

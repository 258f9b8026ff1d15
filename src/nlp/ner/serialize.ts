/**
 * Model file format (`*.model.bin.gz`): gzip of
 *   `TRAMA-NER 1\n` + one line of header JSON + the binary sections named in the header, in order:
 *   featureNames (UTF-8, '\n'-joined), weights (int16 LE, `features × tags`, times `weightScale`),
 *   transitions (float32 LE, `(tags + 1) × tags`), clusters (ClusterTable text), gazetteers (JSON),
 *   commonLower (UTF-8, '\n'-joined).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { InputError } from '../../schema/index.js';
import { ClusterTable } from './clusters.js';
import { PhraseGazetteer } from './gazetteer.js';
import { NerModel, type NerModelMeta } from './model.js';

const MAGIC = 'TRAMA-NER 1\n';
const SECTIONS = [
  'featureNames',
  'weights',
  'transitions',
  'clusters',
  'gazetteers',
  'commonLower',
] as const;
type SectionName = (typeof SECTIONS)[number];

interface Header {
  readonly format: 'trama-ner';
  readonly version: 1;
  readonly tags: readonly string[];
  readonly featureCount: number;
  readonly weightScale: number;
  readonly sections: Readonly<Record<SectionName, number>>;
  readonly meta: NerModelMeta;
}

interface SerializedGazetteer {
  readonly name: string;
  readonly maxLength: number;
  /** Absent (false) in models written before cased gazetteers existed. */
  readonly cased?: boolean;
  /** `PhraseGazetteer.toLines()` (current files). */
  readonly lines?: string;
  /** `[tokens joined by ' ', label]` (files written before `lines`). */
  readonly entries?: readonly (readonly [string, string])[];
}

export function serializeNerModel(model: NerModel): Buffer {
  const names: string[] = new Array(model.featureIndex.size);
  for (const [f, r] of model.featureIndex) names[r] = f;
  if (names.some((n) => n.includes('\n')))
    throw new InputError('serializeNerModel', 'a feature name contains a newline');
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const weightScale = maxAbs === 0 ? 1 : maxAbs / 32767;
  const q = new Int16Array(model.weights.length);
  for (let k = 0; k < q.length; k++) q[k] = Math.round(model.weights[k]! / weightScale);
  const gazetteers: SerializedGazetteer[] = model.resources.gazetteers.map((g) => {
    if (!(g instanceof PhraseGazetteer))
      throw new InputError(
        'serializeNerModel',
        `gazetteer ${JSON.stringify(g.name)} is not a PhraseGazetteer and cannot be saved`,
      );
    return {
      name: g.name,
      maxLength: g.maxLength,
      ...(g.cased ? { cased: true } : {}),
      lines: g.toLines(),
    };
  });
  const parts: Record<SectionName, Buffer> = {
    featureNames: Buffer.from(names.join('\n'), 'utf8'),
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength),
    transitions: Buffer.from(new Float32Array(model.transitions).buffer),
    clusters: Buffer.from(model.resources.clusters.toText(), 'utf8'),
    gazetteers: Buffer.from(JSON.stringify(gazetteers), 'utf8'),
    commonLower: Buffer.from([...model.resources.commonLower].sort().join('\n'), 'utf8'),
  };
  const header: Header = {
    format: 'trama-ner',
    version: 1,
    tags: model.tags,
    featureCount: names.length,
    weightScale,
    sections: Object.fromEntries(SECTIONS.map((s) => [s, parts[s].length])) as Record<
      SectionName,
      number
    >,
    meta: model.meta,
  };
  const body = Buffer.concat([
    Buffer.from(MAGIC + JSON.stringify(header) + '\n', 'utf8'),
    ...SECTIONS.map((s) => parts[s]),
  ]);
  return gzipSync(body, { level: 9 });
}

export function deserializeNerModel(data: Uint8Array, source = '<ner model>'): NerModel {
  let body: Buffer;
  try {
    body = gunzipSync(data);
  } catch (error) {
    throw new InputError(
      source,
      `not a gzip-compressed trama NER model (${(error as Error).message})`,
      { cause: error },
    );
  }
  if (body.subarray(0, MAGIC.length).toString('utf8') !== MAGIC)
    throw new InputError(source, `not a trama NER model (missing "${MAGIC.trim()}" header)`);
  const nl = body.indexOf(0x0a, MAGIC.length);
  const header = JSON.parse(body.subarray(MAGIC.length, nl).toString('utf8')) as Header;
  if (header.format !== 'trama-ner' || header.version !== 1)
    throw new InputError(
      source,
      `unsupported model format ${JSON.stringify(header.format)} v${header.version}`,
    );
  let offset = nl + 1;
  const section = (name: SectionName): Buffer => {
    const len = header.sections[name];
    const b = body.subarray(offset, offset + len);
    if (b.length !== len)
      throw new InputError(source, `truncated model: section ${name} needs ${len} bytes`);
    offset += len;
    return b;
  };
  const T = header.tags.length;
  const names = section('featureNames').toString('utf8').split('\n');
  const wBuf = section('weights');
  const q = new Int16Array(wBuf.buffer.slice(wBuf.byteOffset, wBuf.byteOffset + wBuf.byteLength));
  const tBuf = section('transitions');
  const transitions = new Float32Array(
    tBuf.buffer.slice(tBuf.byteOffset, tBuf.byteOffset + tBuf.byteLength),
  );
  const clusters = ClusterTable.fromText(
    section('clusters').toString('utf8'),
    `${source} (clusters)`,
  );
  const gazData = JSON.parse(section('gazetteers').toString('utf8')) as SerializedGazetteer[];
  const commonText = section('commonLower').toString('utf8');
  if (
    names.length !== header.featureCount ||
    q.length !== header.featureCount * T ||
    transitions.length !== (T + 1) * T
  ) {
    throw new InputError(
      source,
      `inconsistent model: ${names.length} feature names, ${q.length} weights, ${transitions.length} transitions for ${T} tags`,
    );
  }
  const weights = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) weights[k] = q[k]! * header.weightScale;
  const index = new Map<string, number>();
  for (let r = 0; r < names.length; r++) index.set(names[r]!, r);
  const gazetteers = gazData.map((g) =>
    g.lines !== undefined
      ? PhraseGazetteer.fromLines(g.name, g.lines, g.maxLength, g.cased === true)
      : new PhraseGazetteer(
          g.name,
          (g.entries ?? []).map(([tokens, label]) => ({ tokens: tokens.split(' '), label })),
          g.maxLength,
          g.cased === true,
        ),
  );
  return new NerModel(
    header.tags,
    index,
    weights,
    transitions,
    {
      clusters,
      gazetteers,
      commonLower: new Set(commonText === '' ? [] : commonText.split('\n')),
    },
    header.meta,
  );
}

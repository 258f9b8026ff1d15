/**
 * The relation model file: gzipped JSON, weights stored sparsely (only non-zero buckets, rounded to
 * 1e-4) so the file is small and byte-identical when the same data and seed retrain it.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { InputError, RELATION_CATEGORIES } from '../../../schema/index.js';
import { RELATION_MODEL_FORMAT, type RelationModel } from './model.js';
import { sparseRows, type LinearClassifier } from './classifier.js';

/** The classifier with its sparse rows for scoring (a loaded model's weights do not change). */
const withSparse = (c: LinearClassifier): LinearClassifier => ({ ...c, sparse: sparseRows(c) });

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function serializeRelationModel(model: RelationModel): Buffer {
  const { bits, labels, weights } = model.classifier;
  const rows: number[][] = [];
  for (let b = 0; b < 1 << bits; b++) {
    const row = Array.from(weights.subarray(b * labels, (b + 1) * labels), round);
    if (row.some((w) => w !== 0)) rows.push([b, ...row]);
  }
  const json = JSON.stringify({
    format: model.format,
    language: model.language,
    aggregation: model.aggregation,
    calibration: { a: round(model.calibration.a), b: round(model.calibration.b) },
    threshold: round(model.threshold),
    categoryThresholds: model.categoryThresholds,
    keepRules: model.keepRules,
    provenance: model.provenance,
    bits,
    labels,
    rows,
  });
  return gzipSync(Buffer.from(json, 'utf8'), { level: 9 });
}

const FileSchema = z.object({
  format: z.literal(RELATION_MODEL_FORMAT),
  language: z.string(),
  aggregation: z.enum(['max', 'noisy-or', 'argmax']),
  calibration: z.object({ a: z.number(), b: z.number() }),
  threshold: z.number().min(0).max(1),
  categoryThresholds: z.partialRecord(z.enum(RELATION_CATEGORIES), z.number()),
  keepRules: z.boolean(),
  provenance: z.record(z.string(), z.unknown()),
  bits: z.number().int().min(4).max(24),
  labels: z.number().int().min(2),
  rows: z.array(z.array(z.number())),
});

/** `path` names the file in errors. */
export function parseRelationModel(data: Buffer, path: string): RelationModel {
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(data).toString('utf8'));
  } catch (error) {
    throw new InputError(path, `not a gzipped JSON relation model: ${(error as Error).message}`);
  }
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success)
    throw new InputError(
      path,
      `not a relation model (${RELATION_MODEL_FORMAT}): ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
    );
  const m = parsed.data;
  const weights = new Float32Array((1 << m.bits) * m.labels);
  for (const row of m.rows) {
    const b = row[0]!;
    if (row.length !== m.labels + 1 || !Number.isInteger(b) || b < 0 || b >= 1 << m.bits)
      throw new InputError(path, `bad weight row for bucket ${b}`);
    weights.set(row.slice(1), b * m.labels);
  }
  return {
    format: RELATION_MODEL_FORMAT,
    language: m.language,
    aggregation: m.aggregation,
    calibration: m.calibration,
    threshold: m.threshold,
    categoryThresholds: m.categoryThresholds,
    keepRules: m.keepRules,
    provenance: m.provenance,
    classifier: withSparse({ bits: m.bits, labels: m.labels, weights }),
  };
}

/** A trained relation model: classifier + aggregation + calibration + decision threshold. */
import type { RelationCategory } from '../../../schema/index.js';
import type { Aggregation } from './aggregate.js';
import type { Platt } from './calibration.js';
import type { LinearClassifier } from './classifier.js';

export const RELATION_MODEL_FORMAT = 'trama-relations/1';

export interface RelationModel {
  readonly format: typeof RELATION_MODEL_FORMAT;
  readonly language: string;
  readonly classifier: LinearClassifier;
  readonly aggregation: Aggregation;
  readonly calibration: Platt;
  /** Calibrated probability at or above which a (pair, category) becomes a relation. */
  readonly threshold: number;
  /** Per-category thresholds where inner cross-validation chose one (else `threshold`). */
  readonly categoryThresholds: Partial<Record<RelationCategory, number>>;
  /** The rules' relations are kept besides the model's (union). */
  readonly keepRules: boolean;
  /** Free-form provenance: training data, seed, options, date. */
  readonly provenance: Record<string, unknown>;
}

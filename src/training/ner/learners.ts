/** Registry of sequence learners by name (`--learner`). */
import { AveragedCrf } from './crf-sgd.js';
import { AveragedPerceptron, type SequenceLearner } from './perceptron.js';

/** Learner hyper-parameters (CRF step size and L2 decay; the perceptron has none). */
export interface LearnerOptions {
  readonly eta?: number;
  readonly l2?: number;
}

/** Registry of sequence learners by name. */
export const LEARNERS = {
  perceptron: (tags: readonly string[], features: number, _o: LearnerOptions): SequenceLearner =>
    new AveragedPerceptron(tags, features),
  crf: (tags: readonly string[], features: number, o: LearnerOptions): SequenceLearner =>
    new AveragedCrf(tags, features, { eta: o.eta ?? 0.05, l2: o.l2 ?? 0 }),
} as const;
export type LearnerName = keyof typeof LEARNERS;

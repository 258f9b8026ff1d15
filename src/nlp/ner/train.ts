/**
 * Training driver: builds resources (jack-knifed training-data gazetteer so the model learns how far to
 * trust it on unseen text), encodes features, runs the averaged perceptron for N epochs with seeded
 * shuffles, scores the dev set after every epoch and keeps the best epoch, then prunes zero rows.
 */
import { scoreConll } from '../../eval/conll/score.js';
import type { ConllScores } from '../../eval/conll/types.js';
import type { ClusterTable } from './clusters.js';
import { marginals, viterbi } from './decode.js';
import { extractFeatures } from './features.js';
import type { GazetteerSource } from './gazetteer.js';
import { commonLowerWords, entityGazetteer, entityTokenGazetteer, type LabelledSentence } from './lexicon-build.js';
import { NerModel, constrainTransitions } from './model.js';
import { AveragedPerceptron, type EncodedSentence, type SequenceLearner } from './perceptron.js';
import { AveragedCrf } from './crf-sgd.js';
import { seededRng, shuffleInPlace } from './random.js';
import type { FeatureResources } from './resources.js';
import { TAGS, TAG_INDEX, toIob2 } from './tags.js';
import { InputError } from '../../schema/errors.js';

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Contiguous folds for the jack-knifed training gazetteer (0 = no training gazetteer). */
  readonly folds: number;
  /** Features seen fewer times in training are dropped. */
  readonly minFeatureCount: number;
  /** Extra external gazetteers (hook for place/person lists). */
  readonly gazetteers?: readonly GazetteerSource[];
  /** Learner (default `perceptron`); see LEARNERS. */
  readonly learner?: LearnerName;
  readonly learnerOptions?: LearnerOptions;
  /** Feature rows whose largest absolute weight is below this are dropped from the saved model (default 0). */
  readonly pruneBelow?: number;
  /** Where the training data came from, stored in the model file. */
  readonly provenance?: string;
  readonly log?: (message: string) => void;
}

/** Learner hyper-parameters (CRF step size and L2 decay; the perceptron has none). */
export interface LearnerOptions {
  readonly eta?: number;
  readonly l2?: number;
}

/** Registry of sequence learners by name. */
export const LEARNERS = {
  perceptron: (tags: readonly string[], features: number, _o: LearnerOptions): SequenceLearner => new AveragedPerceptron(tags, features),
  crf: (tags: readonly string[], features: number, o: LearnerOptions): SequenceLearner => new AveragedCrf(tags, features, { eta: o.eta ?? 0.05, l2: o.l2 ?? 0 }),
} as const;
export type LearnerName = keyof typeof LEARNERS;

export interface EpochReport {
  readonly epoch: number;
  readonly trainErrors: number;
  readonly dev: ConllScores;
  readonly seconds: number;
}

export interface TrainResult {
  readonly model: NerModel;
  readonly bestEpoch: number;
  readonly epochs: readonly EpochReport[];
}

const TRAIN_GAZ = 'train';
const TRAIN_TOKENS = 'trainTok';

function trainGazetteers(sentences: readonly LabelledSentence[]): GazetteerSource[] {
  return [entityGazetteer(TRAIN_GAZ, sentences), entityTokenGazetteer(TRAIN_TOKENS, sentences)];
}

function encode(sentences: readonly LabelledSentence[], resFor: (i: number) => FeatureResources, index: Map<string, number>, grow: boolean): EncodedSentence[] {
  const out: EncodedSentence[] = [];
  const feats: number[] = [];
  sentences.forEach((s, si) => {
    const n = s.tokens.length;
    const perToken: number[][] = Array.from({ length: n }, () => []);
    extractFeatures(s.tokens, resFor(si), (i, f) => {
      let id = index.get(f);
      if (id === undefined) {
        if (!grow) return;
        id = index.size;
        index.set(f, id);
      }
      perToken[i]!.push(id);
    });
    feats.length = 0;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      for (const id of perToken[i]!) feats.push(id);
      offsets[i + 1] = feats.length;
    }
    const gold = new Int32Array(n);
    toIob2(s.tags).forEach((t, i) => {
      const g = TAG_INDEX.get(t);
      if (g === undefined) throw new InputError('training data', `sentence ${si + 1}: unknown tag ${JSON.stringify(t)}`);
      gold[i] = g;
    });
    out.push({ feats: Int32Array.from(feats), offsets, gold });
  });
  return out;
}

function encodedEmissions(s: EncodedSentence, weights: Float32Array, T: number): Float32Array {
  const n = s.gold.length;
  const em = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const base = s.feats[k]! * T;
      for (let t = 0; t < T; t++) em[i * T + t]! += weights[base + t]!;
    }
  }
  return em;
}

/** Candidate softmax temperatures for token confidences. */
const TEMPERATURES = [0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32];

/**
 * Picks the temperature whose token confidences (posterior of the Viterbi tag) best predict whether
 * the tag is right on the dev set (binary log-loss).
 */
export function fitConfidenceTemperature(sentences: readonly EncodedSentence[], weights: Float32Array, trans: Float32Array, T: number): { temperature: number; logLoss: number } {
  let best = { temperature: 1, logLoss: Infinity };
  const prepared = sentences.map((s) => {
    const em = encodedEmissions(s, weights, T);
    return { s, em, path: viterbi(em, s.gold.length, T, trans) };
  });
  for (const temperature of TEMPERATURES) {
    let loss = 0;
    let count = 0;
    for (const { s, em, path } of prepared) {
      const n = s.gold.length;
      const post = marginals(em, n, T, trans, temperature);
      for (let i = 0; i < n; i++) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, post[i * T + path[i]!]!));
        loss -= path[i] === s.gold[i] ? Math.log(p) : Math.log(1 - p);
        count++;
      }
    }
    const logLoss = loss / Math.max(1, count);
    if (logLoss < best.logLoss) best = { temperature, logLoss };
  }
  return best;
}

function tagEncoded(s: EncodedSentence, weights: Float32Array, trans: Float32Array, T: number): string[] {
  const n = s.gold.length;
  const em = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const base = s.feats[k]! * T;
      for (let t = 0; t < T; t++) em[i * T + t]! += weights[base + t]!;
    }
  }
  return [...viterbi(em, n, T, trans)].map((t) => TAGS[t]!);
}

export function trainNer(
  train: readonly LabelledSentence[],
  dev: readonly LabelledSentence[],
  clusters: ClusterTable,
  unlabelled: readonly (readonly string[])[],
  opts: TrainOptions,
): TrainResult {
  const log = opts.log ?? (() => {});
  const T = TAGS.length;
  const commonLower = commonLowerWords([...train.map((s) => s.tokens), ...unlabelled]);
  const external = opts.gazetteers ?? [];
  const full: FeatureResources = {
    clusters,
    commonLower,
    gazetteers: opts.folds > 0 ? [...trainGazetteers(train), ...external] : [...external],
  };
  // Jack-knife: sentence si of fold f sees a training gazetteer built from the other folds only.
  const foldOf = (si: number): number => Math.min(opts.folds - 1, Math.floor((si * opts.folds) / train.length));
  const foldRes: FeatureResources[] = [];
  for (let f = 0; f < opts.folds; f++) {
    const others = train.filter((_, si) => foldOf(si) !== f);
    foldRes.push({ clusters, commonLower, gazetteers: [...trainGazetteers(others), ...external] });
  }
  const trainRes = (si: number): FeatureResources => (opts.folds > 0 ? foldRes[foldOf(si)]! : full);

  // Feature counts, then the index of features kept.
  const t0 = Date.now();
  const counts = new Map<string, number>();
  train.forEach((s, si) => extractFeatures(s.tokens, trainRes(si), (_, f) => counts.set(f, (counts.get(f) ?? 0) + 1)));
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= opts.minFeatureCount) index.set(f, index.size);
  counts.clear();
  const encTrain = encode(train, trainRes, index, false);
  const encDev = encode(dev, () => full, index, false);
  log(`features: ${index.size} kept (min count ${opts.minFeatureCount}); encoding took ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const learnerName = opts.learner ?? 'perceptron';
  const perceptron = LEARNERS[learnerName](TAGS, index.size, opts.learnerOptions ?? {});
  const rng = seededRng(opts.seed);
  const order = train.map((_, i) => i);
  const reports: EpochReport[] = [];
  let best: { epoch: number; f1: number; weights: Float32Array; transitions: Float32Array } | undefined;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const e0 = Date.now();
    shuffleInPlace(order, rng);
    const trainErrors = perceptron.trainEpoch(encTrain, order);
    const avg = perceptron.averaged();
    const trans = constrainTransitions(TAGS, avg.transitions);
    const devScores = scoreConll(encDev.map((s, i) => ({ gold: dev[i]!.tags, pred: tagEncoded(s, avg.weights, trans, T) })));
    const report = { epoch, trainErrors, dev: devScores, seconds: (Date.now() - e0) / 1000 };
    reports.push(report);
    const byType = Object.entries(devScores.byType).map(([k, v]) => `${k} ${(100 * v.f1).toFixed(2)}`).join(', ');
    log(`epoch ${epoch}: train ${learnerName === 'perceptron' ? 'errors' : 'NLL'} ${trainErrors.toFixed(0)}, dev F1 ${(100 * devScores.overall.f1).toFixed(2)} (${byType}) [${report.seconds.toFixed(1)} s]`);
    if (!best || devScores.overall.f1 > best.f1) best = { epoch, f1: devScores.overall.f1, ...avg };
  }
  if (!best) throw new InputError('trainNer', `epochs must be >= 1, got ${opts.epochs}`);

  // Prune feature rows whose averaged weights are all (near) zero.
  const pruneBelow = opts.pruneBelow ?? 0;
  const names = [...index.keys()];
  const kept = new Map<string, number>();
  const rows: number[] = [];
  for (let r = 0; r < names.length; r++) {
    let nz = false;
    for (let t = 0; t < T; t++) {
      const a = Math.abs(best.weights[r * T + t]!);
      if (a > 0 && a >= pruneBelow) { nz = true; break; }
    }
    if (nz) { kept.set(names[r]!, kept.size); rows.push(r); }
  }
  const weights = new Float32Array(rows.length * T);
  rows.forEach((r, k) => weights.set(best!.weights.subarray(r * T, (r + 1) * T), k * T));
  const calibration = fitConfidenceTemperature(encDev, best.weights, constrainTransitions(TAGS, best.transitions), T);
  log(`confidence temperature ${calibration.temperature} (dev token log-loss ${calibration.logLoss.toFixed(4)})`);
  log(`best epoch ${best.epoch} (dev F1 ${(100 * best.f1).toFixed(2)}); ${kept.size} feature rows kept of ${names.length} (|w| >= ${pruneBelow})`);
  const model = new NerModel(TAGS, kept, weights, constrainTransitions(TAGS, best.transitions), full, {
    ...(opts.provenance ? { provenance: opts.provenance } : {}),
    learner: learnerName,
    ...(opts.learnerOptions ?? {}),
    bestEpoch: best.epoch,
    epochs: opts.epochs,
    seed: opts.seed,
    folds: opts.folds,
    minFeatureCount: opts.minFeatureCount,
    pruneBelow,
    devF1: best.f1,
    confidenceTemperature: calibration.temperature,
  });
  return { model, bestEpoch: best.epoch, epochs: reports };
}

/**
 * Training driver: builds resources (jack-knifed training-data gazetteers so the model learns how far to
 * trust them on unseen text), encodes features, runs a learner (averaged CRF or perceptron) for N epochs
 * with seeded shuffles, scores the dev set after every epoch and keeps the best epoch, fits the
 * confidence temperature, then prunes near-zero rows.
 */
import { scoreConll } from '../../eval/conll/score.js';
import type { ConllScores } from '../../eval/conll/types.js';
import type { ClusterTable } from '../../nlp/training.js';
import { fitConfidenceTemperature } from './calibrate.js';
import { encode, tagEncoded } from './encode.js';
import { documentContext, type DocumentContext } from '../../nlp/training.js';
import { tokenView } from '../../nlp/training.js';
import { extractFeatures } from '../../nlp/training.js';
import type { GazetteerSource } from '../../nlp/training.js';
import {
  commonLowerWords,
  entityGazetteer,
  entityTokenGazetteer,
  type LabelledSentence,
} from './lexicon-build.js';
import { NerModel, constrainTransitions } from '../../nlp/training.js';
import { LEARNERS, type LearnerName, type LearnerOptions } from './learners.js';
import { seededRng, shuffleInPlace } from '../../util/random.js';
import type { FeatureResources } from '../../nlp/training.js';
import { TAGS } from '../../nlp/training.js';
import { createTagger } from '../../nlp/training.js';
import { InputError } from '../../schema/index.js';

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
  /** Number of models trained with seeds seed, seed + 1, ... and averaged (default 1). */
  readonly ensemble?: number;
  /**
   * Document ranges `[start, end)` of the training and dev sentences: turns on the document-level
   * features (see document.ts). Without them every sentence stands alone.
   */
  readonly documents?: {
    readonly train: readonly (readonly [number, number])[];
    readonly dev: readonly (readonly [number, number])[];
  };
  /**
   * Share of the training articles (spread evenly: with 0.5, every second one) whose sentences are
   * trained without their document context, so the model also tags well a sentence given alone, as the
   * pipeline does (default 0).
   */
  readonly documentDropout?: number;
  /** Where the training data came from, stored in the model file. */
  readonly provenance?: string;
  readonly log?: (message: string) => void;
}

interface Best {
  readonly epoch: number;
  readonly f1: number;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

export interface EpochReport {
  /** 0 for the first (or only) model, 1.. for further ensemble members. */
  readonly member: number;
  readonly epoch: number;
  /** Perceptron: token errors; CRF: negative log-likelihood. */
  readonly trainStat: number;
  readonly dev: ConllScores;
  readonly seconds: number;
}

export interface TrainResult {
  readonly model: NerModel;
  /** Dev scores of the saved model (after ensembling and pruning). */
  readonly dev: ConllScores;
  readonly bestEpoch: number;
  readonly epochs: readonly EpochReport[];
}

const TRAIN_GAZ = 'train';
const TRAIN_TOKENS = 'trainTok';

function trainGazetteers(sentences: readonly LabelledSentence[]): GazetteerSource[] {
  return [entityGazetteer(TRAIN_GAZ, sentences), entityTokenGazetteer(TRAIN_TOKENS, sentences)];
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
  const foldOf = (si: number): number =>
    Math.min(opts.folds - 1, Math.floor((si * opts.folds) / train.length));
  const foldRes: FeatureResources[] = [];
  for (let f = 0; f < opts.folds; f++) {
    const others = train.filter((_, si) => foldOf(si) !== f);
    foldRes.push({ clusters, commonLower, gazetteers: [...trainGazetteers(others), ...external] });
  }
  const trainRes = (si: number): FeatureResources => (opts.folds > 0 ? foldRes[foldOf(si)]! : full);

  // Document contexts (label-free, so the same for every fold).
  const docsOf = (
    sentences: readonly LabelledSentence[],
    ranges: readonly (readonly [number, number])[] | undefined,
    dropout = 0,
  ): (DocumentContext | undefined)[] => {
    const out: (DocumentContext | undefined)[] = new Array(sentences.length).fill(undefined);
    for (const [j, [start, end]] of (ranges ?? []).entries()) {
      if (Math.floor((j + 1) * dropout) > Math.floor(j * dropout)) continue;
      const doc = documentContext(
        sentences.slice(start, end).map((s) => s.tokens.map((t) => tokenView(t, full))),
      );
      for (let k = start; k < end; k++) out[k] = doc;
    }
    return out;
  };
  const trainDocs = docsOf(train, opts.documents?.train, opts.documentDropout ?? 0);
  const devDocs = docsOf(dev, opts.documents?.dev);

  // Feature counts, then the index of features kept.
  const t0 = Date.now();
  const counts = new Map<string, number>();
  train.forEach((s, si) =>
    extractFeatures(
      s.tokens,
      trainRes(si),
      (_, f) => counts.set(f, (counts.get(f) ?? 0) + 1),
      trainDocs[si],
    ),
  );
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= opts.minFeatureCount) index.set(f, index.size);
  counts.clear();
  const encTrain = encode(train, trainRes, index, false, (si) => trainDocs[si]);
  const encDev = encode(
    dev,
    () => full,
    index,
    false,
    (si) => devDocs[si],
  );
  log(
    `features: ${index.size} kept (min count ${opts.minFeatureCount}); encoding took ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  const learnerName = opts.learner ?? 'perceptron';
  const reports: EpochReport[] = [];
  const devScore = (weights: Float32Array, transitions: Float32Array): ConllScores => {
    const trans = constrainTransitions(TAGS, transitions);
    return scoreConll(
      encDev.map((s, i) => ({ gold: dev[i]!.tags, pred: tagEncoded(s, weights, trans, T) })),
    );
  };
  /** Trains one learner with `seed`; returns its best epoch on dev. */
  const runMember = (member: number, seed: number): Best => {
    const learner = LEARNERS[learnerName](TAGS, index.size, opts.learnerOptions ?? {});
    const rng = seededRng(seed);
    const order = train.map((_, i) => i);
    let best: Best | undefined;
    for (let epoch = 1; epoch <= opts.epochs; epoch++) {
      const e0 = Date.now();
      shuffleInPlace(order, rng);
      const trainStat = learner.trainEpoch(encTrain, order);
      const avg = learner.averaged();
      const devScores = devScore(avg.weights, avg.transitions);
      const report = {
        member,
        epoch,
        trainStat,
        dev: devScores,
        seconds: (Date.now() - e0) / 1000,
      };
      reports.push(report);
      const byType = Object.entries(devScores.byType)
        .map(([k, v]) => `${k} ${(100 * v.f1).toFixed(2)}`)
        .join(', ');
      log(
        `${member > 0 ? `member ${member + 1} ` : ''}epoch ${epoch}: train ${learnerName === 'perceptron' ? 'errors' : 'NLL'} ${trainStat.toFixed(0)}, dev F1 ${(100 * devScores.overall.f1).toFixed(2)} (${byType}) [${report.seconds.toFixed(1)} s]`,
      );
      if (!best || devScores.overall.f1 > best.f1)
        best = { epoch, f1: devScores.overall.f1, ...avg };
    }
    if (!best) throw new InputError('trainNer', `epochs must be >= 1, got ${opts.epochs}`);
    return best;
  };
  const members = Math.max(1, opts.ensemble ?? 1);
  let best = runMember(0, opts.seed);
  if (members > 1) {
    // Parameter averaging over members trained with different shuffles (seed, seed + 1, ...).
    const bests = [best];
    for (let m = 1; m < members; m++) bests.push(runMember(m, opts.seed + m));
    const weights = new Float32Array(best.weights.length);
    const transitions = new Float32Array(best.transitions.length);
    for (const b of bests) {
      for (let k = 0; k < weights.length; k++) weights[k]! += b.weights[k]! / members;
      for (let k = 0; k < transitions.length; k++) transitions[k]! += b.transitions[k]! / members;
    }
    const f1 = devScore(weights, transitions).overall.f1;
    log(
      `ensemble of ${members} (epochs ${bests.map((b) => b.epoch).join(', ')}): dev F1 ${(100 * f1).toFixed(2)}`,
    );
    best = { epoch: best.epoch, f1, weights, transitions };
  }

  // Prune feature rows whose averaged weights are all (near) zero.
  const pruneBelow = opts.pruneBelow ?? 0;
  const names = [...index.keys()];
  const kept = new Map<string, number>();
  const rows: number[] = [];
  for (let r = 0; r < names.length; r++) {
    let nz = false;
    for (let t = 0; t < T; t++) {
      const a = Math.abs(best.weights[r * T + t]!);
      if (a > 0 && a >= pruneBelow) {
        nz = true;
        break;
      }
    }
    if (nz) {
      kept.set(names[r]!, kept.size);
      rows.push(r);
    }
  }
  const weights = new Float32Array(rows.length * T);
  rows.forEach((r, k) => weights.set(best!.weights.subarray(r * T, (r + 1) * T), k * T));
  const calibration = fitConfidenceTemperature(
    encDev,
    best.weights,
    constrainTransitions(TAGS, best.transitions),
    T,
  );
  log(
    `confidence temperature ${calibration.temperature} (dev token log-loss ${calibration.logLoss.toFixed(4)})`,
  );
  log(
    `best epoch ${best.epoch} (dev F1 ${(100 * best.f1).toFixed(2)}); ${kept.size} feature rows kept of ${names.length} (|w| >= ${pruneBelow})`,
  );
  const model = new NerModel(
    TAGS,
    kept,
    weights,
    constrainTransitions(TAGS, best.transitions),
    full,
    {
      ...(opts.provenance ? { provenance: opts.provenance } : {}),
      learner: learnerName,
      ...(opts.learnerOptions ?? {}),
      bestEpoch: best.epoch,
      epochs: opts.epochs,
      seed: opts.seed,
      ensemble: members,
      folds: opts.folds,
      minFeatureCount: opts.minFeatureCount,
      documentFeatures: opts.documents !== undefined,
      ...(opts.documents !== undefined ? { documentDropout: opts.documentDropout ?? 0 } : {}),
      pruneBelow,
      devF1: best.f1,
      confidenceTemperature: calibration.temperature,
    },
  );
  const tagger = createTagger(model);
  const finalDev = scoreConll(
    dev.map((s, si) => ({ gold: s.tags, pred: tagger.tag(s.tokens, devDocs[si]) })),
  );
  log(`saved model: dev F1 ${(100 * finalDev.overall.f1).toFixed(2)}`);
  return { model, dev: finalDev, bestEpoch: best.epoch, epochs: reports };
}

export { LEARNERS, type LearnerName, type LearnerOptions };

/** The annotated articles the relation model learns from: every gold folder of the shared data. */
import { join } from 'node:path';
import { loadGoldDirs } from '../../eval/gold/index.js';
import { loadKnowledge, loadNerModel, type Knowledge } from '../../nlp/index.js';
import { PACKAGE_ROOT, sharedDataDir } from '../../paths.js';
import type { Language } from '../../schema/index.js';
import { prepareArticle, type KnowledgeFor, type PreparedArticle } from './dataset.js';
import { DEFAULT_FIT } from './fit.js';

/** news (15 articles) and news-train (47): 62 annotated articles. */
export const trainingGoldDirs = (root = sharedDataDir()): string[] => [
  join(root, 'news', 'gold'),
  join(root, 'news-train', 'gold'),
];

/**
 * The NER model that never saw the annotated articles (CoNLL-2002 only:
 * `npm run train:ner -- --article-weight 0 --out models/ner-es.conll.model.bin.gz`). The shipped NER
 * model is also trained on the gold names of these articles, so cross-validation prepares them with
 * this one (otherwise the held-out fold's entities would be in-sample for the NER model), and so does
 * `npm run train:rel`: the relation model learns on entities as noisy as those of unseen text.
 */
export const CONLL_NER_MODEL = join(PACKAGE_ROOT, 'models', 'ner-es.conll.model.bin.gz');

export interface PrepareOptions {
  readonly bits?: number;
  /** An NER model file to find the entities with instead of the shipped one (Spanish). */
  readonly nerModel?: string | undefined;
}

export async function prepareGold(
  goldDirs: readonly string[] = trainingGoldDirs(),
  options: PrepareOptions = {},
): Promise<PreparedArticle[]> {
  const bits = options.bits ?? DEFAULT_FIT.bits;
  const knowledgeFor = options.nerModel === undefined ? undefined : knowledgeWith(options.nerModel);
  return (await loadGoldDirs(goldDirs)).map((g) => prepareArticle(g, bits, knowledgeFor));
}

/**
 * The articles once per fold NER model (`findFoldNerModels`), for `crossValidate`'s `heldOutViews`:
 * each fold's held-out articles extracted with the model that did not see them.
 */
export function prepareFoldViews(
  goldDirs: readonly string[],
  foldNerModels: readonly string[],
  options: Omit<PrepareOptions, 'nerModel'> = {},
): Promise<PreparedArticle[][]> {
  return Promise.all(foldNerModels.map((m) => prepareGold(goldDirs, { ...options, nerModel: m })));
}

/** Knowledge with the given NER model, built once per language. */
function knowledgeWith(nerModel: string): KnowledgeFor {
  const nerTagger = loadNerModel(nerModel);
  const built = new Map<Language, Knowledge>();
  return (language) => {
    let k = built.get(language);
    if (!k) built.set(language, (k = loadKnowledge(language, { relations: false, nerTagger })));
    return k;
  };
}

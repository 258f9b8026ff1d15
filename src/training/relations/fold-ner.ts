/**
 * The per-fold NER models of the cross-validation: fold `f`'s model is trained on CoNLL-2002 and the
 * annotated articles of every other fold (`npm run eval:entities-cv -- --models DIR`), so the whole
 * pipeline — NER and relation model — can be cross-validated the way it ships. One file name scheme
 * for the script that writes them and for `trama eval gold --cv --fold-ner DIR` that reads them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface FoldModelSpec {
  /** 1-based fold number, or a name such as "conll-only". */
  readonly fold: number | string;
  readonly k: number;
  readonly seed: number;
  readonly epochs: number;
  readonly articleWeight: number;
}

/** `ner-cv-fold2-k5-s20261202-e10-w4.model.bin.gz`. */
export function foldNerModelName(s: FoldModelSpec): string {
  const fold = typeof s.fold === 'number' ? `fold${s.fold}` : s.fold;
  return `ner-cv-${fold}-k${s.k}-s${s.seed}-e${s.epochs}-w${s.articleWeight}.model.bin.gz`;
}

/**
 * The K fold models of folds made with `seed` in `dir`, in fold order. Throws when a fold has no model,
 * or several (trained with other epochs or article weights), naming the files and the command that
 * makes them.
 */
export function findFoldNerModels(dir: string, k: number, seed: number): string[] {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch (e) {
    throw new Error(`fold NER models: cannot read ${dir} (${(e as Error).message})`, { cause: e });
  }
  const make = `npm run eval:entities-cv -- --k ${k} --seed ${seed} --models ${dir}`;
  return Array.from({ length: k }, (_, i) => {
    const prefix = `ner-cv-fold${i + 1}-k${k}-s${seed}-`;
    const found = files.filter((f) => f.startsWith(prefix) && f.endsWith('.model.bin.gz'));
    if (found.length === 0)
      throw new Error(
        `fold NER models: no ${prefix}*.model.bin.gz in ${dir}; make them with \`${make}\``,
      );
    if (found.length > 1)
      throw new Error(
        `fold NER models: ${found.length} models for fold ${i + 1} in ${dir} (${found.join(', ')}); keep one`,
      );
    return join(dir, found[0]!);
  });
}

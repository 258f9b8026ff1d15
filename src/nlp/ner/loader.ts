/**
 * Loads the NER model (cached per path). The default is the committed model under `models/`, resolved
 * relative to this module so it works from `src/` (tsx) and from `dist/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../schema/index.js';
import { deserializeNerModel } from './serialize.js';
import { createTagger, type NerTagger } from './tagger.js';

export const DEFAULT_NER_MODEL_FILE = 'ner-es.model.bin.gz';

/** `<package root>/models/ner-es.model.bin.gz`, found by walking up from this module. */
export function defaultNerModelPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 6; k++) {
    const candidate = resolve(dir, 'models', DEFAULT_NER_MODEL_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve(
    dirname(fileURLToPath(import.meta.url)),
    '../../../models',
    DEFAULT_NER_MODEL_FILE,
  );
}

const cache = new Map<string, NerTagger>();

export function loadNerModel(path?: string): NerTagger {
  const file = resolve(path ?? defaultNerModelPath());
  const hit = cache.get(file);
  if (hit) return hit;
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (error) {
    throw new InputError(
      file,
      `cannot read NER model (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); run \`npm run train:ner\` to build it`,
      { cause: error },
    );
  }
  const tagger = createTagger(deserializeNerModel(data, file));
  cache.set(file, tagger);
  return tagger;
}

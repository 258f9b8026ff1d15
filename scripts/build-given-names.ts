/**
 * Derives a list of given names from the CoNLL-2002 Spanish training split (npm run build:given-names):
 * tokens that precede another token inside a multi-token PER entity, seen at least twice, and used
 * that way in at least half of their capitalised occurrences. The list is a model artefact (like the NER weights); the data is not shipped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, sharedDataDir } from '../src/paths.js';

const train = join(sharedDataDir(), 'conll2002-es', 'esp.train');
const lines = readFileSync(train, 'utf8').split('\n');
const asFirst = new Map<string, number>();
const capitalised = new Map<string, number>();
let sentence: [string, string][] = [];
const flush = (): void => {
  sentence.forEach(([word, tag], i) => {
    if (/^\p{Lu}\p{Ll}+$/u.test(word)) capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
    // A name part that is not the last of a multi-token person: "Juan" and "Carlos" in "Juan Carlos Rodríguez".
    if ((tag === 'B-PER' || tag === 'I-PER') && sentence[i + 1]?.[1] === 'I-PER')
      asFirst.set(word, (asFirst.get(word) ?? 0) + 1);
  });
  sentence = [];
};
for (const line of lines) {
  if (!line.trim()) {
    flush();
    continue;
  }
  const [word, tag] = line.split(' ') as [string, string];
  sentence.push([word, tag]);
}
flush();
const names = [...asFirst]
  .filter(
    ([word, n]) =>
      n >= 2 && /^\p{Lu}\p{Ll}+$/u.test(word) && n / (capitalised.get(word) ?? n) >= 0.5,
  )
  .map(([word]) => word)
  .sort((a, b) => a.localeCompare(b, 'es'));
const out = join(PACKAGE_ROOT, 'models', 'given-names-es.txt');
writeFileSync(
  out,
  `# Given names derived from CoNLL-2002 esp.train by scripts/build-given-names.ts (non-final tokens of multi-token PER entities, >= 2 uses, >= 50% of capitalised uses)\n${names.join('\n')}\n`,
);
process.stdout.write(`wrote ${names.length} given names to ${out}\n`);

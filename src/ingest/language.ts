/** Language identification for es/en news by function-word counts: cheap, and reliable on a paragraph. */
import type { Language } from '../schema/index.js';

const FUNCTION_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  es: new Set(
    'el la los las de del y en que un una por con para se su sus es al lo como más pero este esta fue ha han según sobre entre también muy'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the of and to in a is that for on with as was by it at from his her has have are be this which said were its an but also their been'.split(
      ' ',
    ),
  ),
};

export function detectLanguage(text: string, fallback: Language = 'es'): Language {
  const counts: Record<Language, number> = { es: 0, en: 0 };
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    for (const lang of Object.keys(FUNCTION_WORDS) as Language[]) {
      if (FUNCTION_WORDS[lang].has(word)) counts[lang]++;
    }
  }
  if (counts.es === counts.en) return fallback;
  return counts.es > counts.en ? 'es' : 'en';
}

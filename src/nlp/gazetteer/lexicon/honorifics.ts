/**
 * Honorifics (general lexicon, Spanish and English): abbreviated honorifics and academic titles in front
 * of a person's name ("el Prof. Juan Ruiz", "Dr. Smith").
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'prof.',
  'profa.',
  'dr.',
  'dra.',
  'sr.',
  'sra.',
  'srta.',
  'lic.',
  'ing.',
  'mons.',
  'd.',
  'dña.',
  'mr.',
  'mrs.',
  'ms.',
  'mx.',
  'sir',
  'don',
  'doña',
]);

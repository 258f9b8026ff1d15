/** Abbreviations that end in a dot but do not end a sentence (Spanish and English news). */
const ABBREVIATIONS = new Set(
  [
    // Spanish
    'sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'dres', 'dña', 'lic', 'ing', 'arq', 'gral', 'gen', 'cnel',
    'tte', 'sto', 'sta', 'mons', 'prof', 'profa', 'pdte', 'pte', 'excmo', 'excma', 'ilmo', 'ilma',
    'núm', 'nro', 'pág', 'págs', 'art', 'arts', 'cap', 'vol', 'av', 'avda', 'tel',
    'etc', 'aprox', 'p. ej', 'ej', 'vs', 'cía', 'hnos', 'dpto', 'depto', 'admón', 'ud', 'uds',
    'vd', 'vds', 'izq', 'dcha', 'km', 'kg', 'cm', 'mm', 'mill', 'máx', 'mín',
    // English
    'mr', 'mrs', 'ms', 'jr', 'sr', 'st', 'mt', 'ft', 'inc', 'ltd', 'co', 'corp', 'gov', 'sen', 'rep', 'sgt',
    'lt', 'col', 'capt', 'maj', 'adm', 'rev', 'hon', 'approx', 'dept', 'univ', 'jan', 'feb', 'mar',
    'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'e.g', 'i.e',
  ].map((a) => `${a}.`),
);

/** True for "Sr.", "Dra.", "etc." (case-insensitive), and for single capital initials ("J."). */
export function isAbbreviation(tokenWithDot: string): boolean {
  if (/^\p{Lu}\.$/u.test(tokenWithDot)) return true;
  return ABBREVIATIONS.has(tokenWithDot.toLowerCase());
}

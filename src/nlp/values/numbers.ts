/** Number parsing for Spanish and English news: "30.000" → 30000, "1,5" → 1.5, "2.5" (en) → 2.5. */
import type { Language } from '../../schema/index.js';
import { packFor } from '../lang/index.js';

export function parseNumber(text: string, language: Language): number | null {
  const t = text.replace(/\s/g, '');
  if (!/^\d[\d.,]*$/.test(t)) return null;
  const { thousands, decimal } = packFor(language).grammar.numberFormat;
  // "30.000" in Spanish is thirty thousand; a lone separator followed by exactly 3 digits is a thousands mark.
  const grouped = new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+(\\${decimal}\\d+)?$`);
  if (grouped.test(t)) return Number(t.split(thousands).join('').replace(decimal, '.'));
  if (t.includes(decimal) && !t.includes(thousands)) return Number(t.replace(decimal, '.'));
  if (/^\d+$/.test(t)) return Number(t);
  const other = new RegExp(`^\\d{1,3}(\\${decimal}\\d{3})+$`);
  if (other.test(t)) return Number(t.split(decimal).join(''));
  const n = Number(t.replace(/,/g, '.'));
  return Number.isFinite(n) ? n : null;
}

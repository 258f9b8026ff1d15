/**
 * Roles stated by a predicate rather than by an apposition:
 *   "Ortiz es el primer presidente del Gobierno"                      → Ortiz PRESIDENT_OF Gobierno
 *   "García fue nombrado en 2015 director general …, en la Comisión X" → García HEAD_OF Comisión X
 *   "Se convirtió entonces en investigador del Instituto X"            → (topic) WORKS_FOR Instituto X
 *   "quien se desempeñaba como titular de la Agencia X"                → HEAD_OF Agencia X
 *   "llegó al Senado como parte de la Unión Cívica"                   → MEMBER_OF Unión Cívica
 *   "Mora, quien fue vicepresidente con Elena Ríos"                    → Mora WORKS_FOR Ríos
 *   "el presidente del Comité X (…) era García"                        → García PRESIDENT_OF Comité X
 */
import type { Predicate } from '../../schema/index.js';
import type { Knowledge, RoleInfo } from '../knowledge.js';
import { afterPreposition } from './discourse.js';
import {
  isNamed,
  statedRelation,
  tokenSpan,
  type MentionRef,
  type SentenceView,
} from './sentence-view.js';
import type { ArticleRelation } from './types.js';
import { subjectBefore } from './verbs.js';

/** Verbs and phrases that assign a role to their subject, with how many tokens they span. */
const COPULAS = new Set(['es', 'era', 'fue', 'será', 'sería', 'sido']);
const NAMING_PARTICIPLES = /^(nombrad|designad|elegid|elect|nominad|ratificad|reelegid)[oa]s?$/;
const CONVERT = /^(convirtió|convierte|convertirá|convertiría|convirtiera|convertirse|convertido)$/;
/** "como" introduces a role after verbs of serving ("se desempeñaba como titular de …"). */
const AS = 'como';
/** Nouns of membership after "como" or a copula: "como parte de", "es miembro de" (the lexicon has "miembro"). */
const PART = new Set(['parte']);
const MEMBERSHIP: RoleInfo = {
  lemma: 'parte',
  group: 'miembro',
  predicate: 'MEMBER_OF',
  national: false,
  organizational: true,
};

const SKIPPABLE = new Set([
  'el',
  'la',
  'un',
  'una',
  'su',
  'primer',
  'primera',
  'nuevo',
  'nueva',
  'actual',
  'entonces',
  'después',
  'luego',
  'también',
  'ya',
  'además',
  'ahora',
  'aún',
  'todavía',
  'así',
  'en',
  'de',
  'del',
  'a',
]);
const BREAK = new Set([
  '.',
  ';',
  ':',
  '(',
  ')',
  '—',
  '–',
  '“',
  '”',
  '"',
  '«',
  '»',
  'que',
  'quien',
  'quienes',
  'cuando',
  'donde',
  'pero',
  'aunque',
  'porque',
]);
const FILLERS = new Set([
  'la',
  'los',
  'las',
  'el',
  'un',
  'una',
  'extinta',
  'extinto',
  'actual',
  'antigua',
  'antiguo',
  'entonces',
  'propia',
  'propio',
]);
const BODY_TYPES = new Set(['Organization', 'Country', 'City', 'Region', 'Place']);

interface RoleAt {
  readonly role: RoleInfo;
  readonly start: number;
  readonly end: number;
}

const MONTHS =
  /^(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)$/;

function roleAfterCue(view: SentenceView, from: number, knowledge: Knowledge): RoleAt | undefined {
  let free = 1; // one more modifier: "fue luego secretario", "es optimista"
  for (let k = from; k < Math.min(view.lower.length, from + 7); k++) {
    const w = view.lower[k]!;
    if (view.mentions.some((r) => r.mention.tokenStart === k)) return undefined;
    if (PART.has(w) && (view.lower[k + 1] === 'de' || view.lower[k + 1] === 'del'))
      return { role: MEMBERSHIP, start: k, end: k + 1 };
    const match = knowledge.roleAt(view.lower, k);
    if (match) return { role: match.role, start: k, end: k + match.length };
    // A time complement may come first: "fue nombrado en octubre de 2015 director …".
    if (SKIPPABLE.has(w) || /^\d+$/.test(w) || MONTHS.test(w)) continue;
    if (free-- > 0 && /^\p{Ll}+$/u.test(w) && !BREAK.has(w) && !LINKS.has(w)) continue;
    return undefined;
  }
  return undefined;
}
const LINKS = new Set([
  'con',
  'sin',
  'por',
  'para',
  'contra',
  'y',
  'e',
  'o',
  'u',
  'ni',
  'entre',
  'sobre',
  'ante',
  'tras',
  'no',
]);

/** The body a role is of: the last one of a "de"/"en" chain after it ("coordinador de X de la extinta Policía Regional"). */
function bodyAfter(view: SentenceView, role: RoleAt): MentionRef | undefined {
  let body: MentionRef | undefined;
  for (let k = role.end; k < Math.min(view.lower.length, role.end + 16); k++) {
    const w = view.lower[k]!;
    if (BREAK.has(w)) break;
    if (w === ',' && view.lower[k + 1] !== 'en') break;
    const m = view.mentions.find((r) => r.mention.tokenStart === k && isNamed(r));
    if (!m) continue;
    let back = k - 1;
    while (back >= role.end && FILLERS.has(view.lower[back]!)) back--;
    const prev = view.lower[back];
    const linked =
      prev === 'de' ||
      prev === 'del' ||
      prev === 'en' ||
      (prev === 'con' && m.entity.type === 'Person');
    k = m.mention.tokenEnd - 1;
    if (!linked) continue; // "de Control y Evaluación, en la Comisión X": look on along the chain
    if (BODY_TYPES.has(m.entity.type) || m.entity.type === 'Person') body = m;
    if (m.entity.type === 'Person') break;
  }
  return body;
}

function predicateFor(role: RoleInfo, body: MentionRef): Predicate {
  return body.entity.type === 'Person' && role.predicate !== 'WORKS_FOR'
    ? 'WORKS_FOR'
    : role.predicate;
}

/** Where a role predicate starts: the token after a copula, "convertirse en", a naming participle or "como". */
function cueEnd(view: SentenceView, i: number): number | undefined {
  const w = view.lower[i]!;
  if (COPULAS.has(w)) return i + 1;
  if (CONVERT.test(w) && view.lower[i + 1] === 'en') return i + 2;
  if (CONVERT.test(w) && view.lower[i + 2] === 'en' && /^\p{Ll}+$/u.test(view.lower[i + 1] ?? ''))
    return i + 3; // "se convirtió entonces en
  if (NAMING_PARTICIPLES.test(w)) return i + 1;
  if (w === AS) return i + 1;
  return undefined;
}

export function predicativeRoleRelations(
  view: SentenceView,
  knowledge: Knowledge,
  topic: MentionRef | undefined,
): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  for (let i = 0; i < view.lower.length; i++) {
    const from = cueEnd(view, i);
    if (from === undefined) continue;
    const inverse = inverseCopula(view, i, knowledge);
    if (inverse) {
      out.push(inverse);
      continue;
    }
    const role = roleAfterCue(view, from, knowledge);
    if (!role) continue;
    const body = bodyAfter(view, role);
    if (!body) continue;
    const subject = holderBefore(view, i, topic);
    if (!subject || subject.entity === body.entity) continue;
    out.push(
      statedRelation(
        subject,
        body,
        predicateFor(role.role, body),
        view,
        subject === topic ? 0.55 : 0.65,
        'predicative-role',
        tokenSpan(view, role.start, role.end),
      ),
    );
  }
  return out;
}

/** The person the predicate is about: the clause's subject, or the topic when the clause names none. */
function holderBefore(
  view: SentenceView,
  index: number,
  topic: MentionRef | undefined,
): MentionRef | undefined {
  const subject = subjectBefore(view, index);
  if (subject) return subject.entity.type === 'Person' ? subject : undefined;
  const freeAgentBefore = view.mentions.some(
    (r) =>
      r.mention.tokenEnd <= index &&
      isNamed(r) &&
      ['Person', 'Organization', 'Country'].includes(r.entity.type) &&
      !afterPreposition(view, r),
  );
  const opensWithNoun = /^(el|la|los|las|un|una|este|esta|ese|esa)$/.test(view.lower[0] ?? '');
  return !freeAgentBefore && !opensWithNoun ? topic : undefined;
}

/** "el presidente del Comité X (CCC) —instancia …— era Ruiz Ostos". */
function inverseCopula(
  view: SentenceView,
  i: number,
  knowledge: Knowledge,
): ArticleRelation | undefined {
  if (!COPULAS.has(view.lower[i]!)) return undefined;
  const holder = view.mentions.find(
    (r) => r.mention.tokenStart === i + 1 && isNamed(r) && r.entity.type === 'Person',
  );
  if (!holder) return undefined;
  for (let k = Math.max(0, i - 30); k < i; k++) {
    if (!['el', 'la'].includes(view.lower[k - 1] ?? '')) continue;
    const match = knowledge.roleAt(view.lower, k);
    if (!match) continue;
    const body = bodyAfter(view, { role: match.role, start: k, end: k + match.length });
    if (!body || body.entity === holder.entity || body.mention.tokenStart > i) return undefined;
    return statedRelation(
      holder,
      body,
      predicateFor(match.role, body),
      view,
      0.6,
      'inverse-copula',
      tokenSpan(view, k, k + match.length),
    );
  }
  return undefined;
}

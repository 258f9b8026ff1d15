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
import { isAgentType, isPlaceType, type Predicate } from '../../schema/index.js';
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

/** A noun of membership ("parte de X") read as a role: member of X. */
const membership = (noun: string): RoleInfo => ({
  lemma: noun,
  group: noun,
  predicate: 'MEMBER_OF',
  national: false,
  organizational: true,
});

/** Punctuation that ends the search for a role's body. */
const BREAK_MARKS = new Set(['.', ';', ':', '(', ')', '—', '–', '“', '”', '"', '«', '»']);
const isBreak = (view: SentenceView, w: string): boolean =>
  BREAK_MARKS.has(w) || view.pack.clauses.breaks.has(w);
/** What a role can be of: an organisation or a place. */
const isBody = (type: string): boolean => type === 'Organization' || isPlaceType(type);

interface RoleAt {
  readonly role: RoleInfo;
  readonly start: number;
  readonly end: number;
}

function roleAfterCue(view: SentenceView, from: number, knowledge: Knowledge): RoleAt | undefined {
  const { partNouns, skippable, links } = view.pack.predicative;
  const { ofWords, months } = view.pack.grammar;
  let free = 1; // one more modifier: "fue luego secretario", "es optimista"
  for (let k = from; k < Math.min(view.lower.length, from + 7); k++) {
    const w = view.lower[k]!;
    if (view.mentions.some((r) => r.mention.tokenStart === k)) return undefined;
    if (partNouns.has(w) && ofWords.has(view.lower[k + 1] ?? ''))
      return { role: membership(w), start: k, end: k + 1 };
    const match = knowledge.roleAt(view.lower, k);
    if (match) return { role: match.role, start: k, end: k + match.length };
    // A time complement may come first: "fue nombrado en octubre de 2015 director …".
    if (skippable.has(w) || /^\d+$/.test(w) || months.has(w)) continue;
    if (free-- > 0 && /^\p{Ll}+$/u.test(w) && !isBreak(view, w) && !links.has(w)) continue;
    return undefined;
  }
  return undefined;
}
/** The body a role is of: the last one of a "de"/"en" chain after it ("coordinador de X de la extinta Policía Regional"). */
function bodyAfter(view: SentenceView, role: RoleAt): MentionRef | undefined {
  const { fillers, bodyLinks, withPreposition } = view.pack.predicative;
  let body: MentionRef | undefined;
  for (let k = role.end; k < Math.min(view.lower.length, role.end + 16); k++) {
    const w = view.lower[k]!;
    if (isBreak(view, w)) break;
    if (w === ',' && view.lower[k + 1] !== view.pack.verbs.locative) break;
    const m = view.mentions.find((r) => r.mention.tokenStart === k && isNamed(r));
    if (!m) continue;
    let back = k - 1;
    while (back >= role.end && fillers.has(view.lower[back]!)) back--;
    const prev = view.lower[back] ?? '';
    const linked = bodyLinks.has(prev) || (prev === withPreposition && m.entity.type === 'Person');
    k = m.mention.tokenEnd - 1;
    if (!linked) continue; // "de Control y Evaluación, en la Comisión X": look on along the chain
    if (isBody(m.entity.type) || m.entity.type === 'Person') body = m;
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
  const { copulas, become, becomePreposition: into, namingParticiples, as } = view.pack.predicative;
  const w = view.lower[i]!;
  if (copulas.has(w)) return i + 1;
  if (become.test(w) && view.lower[i + 1] === into) return i + 2;
  if (become.test(w) && view.lower[i + 2] === into && /^\p{Ll}+$/u.test(view.lower[i + 1] ?? ''))
    return i + 3; // "se convirtió entonces en
  if (namingParticiples.test(w)) return i + 1;
  if (w === as) return i + 1;
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
      isAgentType(r.entity.type) &&
      !afterPreposition(view, r),
  );
  const opensWithNoun = view.pack.grammar.nounDeterminers.has(view.lower[0] ?? '');
  return !freeAgentBefore && !opensWithNoun ? topic : undefined;
}

/** "el presidente del Comité X (CCC) —instancia …— era Ruiz Ostos". */
function inverseCopula(
  view: SentenceView,
  i: number,
  knowledge: Knowledge,
): ArticleRelation | undefined {
  const { copulas } = view.pack.predicative;
  const { roleArticles } = view.pack.roles;
  if (!copulas.has(view.lower[i]!)) return undefined;
  const holder = view.mentions.find(
    (r) => r.mention.tokenStart === i + 1 && isNamed(r) && r.entity.type === 'Person',
  );
  if (!holder) return undefined;
  for (let k = Math.max(0, i - 30); k < i; k++) {
    if (!roleArticles.has(view.lower[k - 1] ?? '')) continue;
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

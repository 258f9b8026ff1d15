/**
 * Titles and appositions: who holds which role, of what.
 *   "el ministro de Relaciones Exteriores chileno, Juan Pérez"     → Pérez : ministro (of Chile, via demonym)
 *   "el presidente de Francia, Emmanuel Macron"                  → Macron : presidente (of Francia)
 *   "Marta Soler, alcaldesa de Quito"                             → Soler  : alcaldesa (of Quito)
 *   "el presidente Juan Pérez"                                     → Pérez  : presidente (of ?)
 */
import type { LanguagePack } from '../lang/index.js';
import type { Knowledge, RoleInfo } from '../knowledge.js';
import { isPlaceType, type Span } from '../../schema/index.js';
import type { EntityMention, Sentence } from '../types.js';

export interface MentionRole {
  /** The person mention holding the role. */
  readonly holder: EntityMention;
  readonly role: RoleInfo;
  /** The entity mention the role is "of" ("de Francia"), when stated by name. */
  readonly of?: EntityMention;
  /** Canonical name evoked by a demonym qualifier ("ruso" → "Rusia"). */
  readonly ofTarget?: string;
  /** The title was qualified by an anaphor ("de aquella nación"): never infer its country from context. */
  readonly anaphoric?: boolean;
  /** Absolute offsets of the title word(s) themselves ("ministra", "primer ministro"). */
  readonly title: Span;
  /** Token range of the whole title phrase. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentenceIndex: number;
}

const WINDOW = 12;

export function findRoles(
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
  pack: LanguagePack,
): MentionRole[] {
  const out: MentionRole[] = [];
  const bySentence = groupBySentence(mentions);
  for (const holder of mentions) {
    if (holder.form !== 'name' || holder.type !== 'Person') continue;
    const sentence = sentences[holder.sentenceIndex]!;
    const inSentence = bySentence.get(holder.sentenceIndex) ?? [];
    out.push(...roleBefore(sentence, holder, inSentence, knowledge, pack));
    out.push(...roleAfter(sentence, holder, inSentence, knowledge, pack));
  }
  return out;
}

/** Absolute offsets of the `length` tokens from `q`: the title as written. */
function titleSpan(sentence: Sentence, q: number, length: number): Span {
  return { start: sentence.tokens[q]!.start, end: sentence.tokens[q + length - 1]!.end };
}

function groupBySentence(mentions: readonly EntityMention[]): Map<number, EntityMention[]> {
  const map = new Map<number, EntityMention[]>();
  for (const m of mentions) map.set(m.sentenceIndex, [...(map.get(m.sentenceIndex) ?? []), m]);
  return map;
}

function mentionAt(
  mentions: readonly EntityMention[],
  tokenIndex: number,
): EntityMention | undefined {
  return mentions.find(
    (m) => m.tokenStart <= tokenIndex && tokenIndex < m.tokenEnd && m.form !== 'nominal',
  );
}

/** Qualifiers between a role word and the name: demonyms, "de X", adjectives, one comma. */
interface Qualifiers {
  of?: EntityMention;
  ofTarget?: string;
  /** "de aquella nación": the role is of a place the text names elsewhere, not of the speaker's country. */
  anaphoric?: boolean;
  /** Further bodies or people coordinated with `of` ("asesor de A y B"). */
  also?: EntityMention[];
}

function scanQualifiers(
  lower: readonly string[],
  from: number,
  to: number,
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
  pack: LanguagePack,
  role: RoleInfo,
): Qualifiers | undefined {
  const { grammar, roles: words } = pack;
  let of: EntityMention | undefined;
  let ofTarget: string | undefined;
  let anaphoric = false;
  const also: EntityMention[] = [];
  let adjectives = 0;
  let k = from;
  while (k < to) {
    const word = lower[k]!;
    const mention = mentionAt(mentions, k);
    if (mention && mention.form === 'demonym') {
      if (demonymQualifies(role, mention)) ofTarget ??= mention.target;
      k = mention.tokenEnd;
      continue;
    }
    if (words.degreeWords.has(word)) {
      k++; // "el barón del PP más votado"
      continue;
    }
    if (grammar.ofWords.has(word) && k + 1 < to) {
      const m = mentionAt(
        mentions,
        k + 1 + (grammar.definiteArticles.has(lower[k + 1] ?? '') ? 1 : 0),
      );
      if (m && m.form !== 'demonym' && (m.type !== 'Person' || takesPerson(role))) {
        of ??= m;
        k = m.tokenEnd;
        // "Asesor de A y B, X": both are what the role is of.
        const next =
          grammar.andWords.has(lower[k]!) && k + 1 < to ? mentionAt(mentions, k + 1) : undefined;
        if (next && next.type === m.type && next.form !== 'demonym') {
          also.push(next);
          k = next.tokenEnd;
        }
        continue;
      }
      // "el presidente de aquella nación": the country named last before it in the sentence.
      const anaphor = words.demonstratives.has(lower[k + 1] ?? '');
      if (anaphor && words.countryNouns.has(lower[k + 2] ?? '')) {
        const country = [...mentions]
          .reverse()
          .find((x) => x.tokenEnd <= k && x.type === 'Country' && x.form !== 'demonym');
        if (country) of ??= country;
        anaphoric = true;
        k += 3;
        continue;
      }
    }
    if (word === ',' || words.roleArticles.has(word) || grammar.nameConnectors.has(word)) {
      k++;
      continue;
    }
    // Adjectives: "estatal", "interino", "saliente" — a few, and no gerund ("senadores … reconociendo la victoria de X").
    if (
      /^\p{Ll}+$/u.test(word) &&
      !grammar.functionWords.has(word) &&
      !knowledge.roleAt(lower, k) &&
      !pack.triggers.gerund.test(word) &&
      adjectives++ < 3
    ) {
      k++;
      continue;
    }
    return undefined;
  }
  return {
    ...(of ? { of } : {}),
    ...(ofTarget ? { ofTarget } : {}),
    ...(anaphoric ? { anaphoric } : {}),
    ...(also.length ? { also } : {}),
  };
}

const ORGANISATION_ROLES = new Set(['WORKS_FOR', 'HEAD_OF', 'MEMBER_OF', 'FOUNDER_OF', 'OWNS']);

/**
 * A demonym names what a role is of when the role can be of a country ("el ministro ruso") or the
 * demonym names a party ("el senador republicano"); "el consultor catalán" is only where one is from.
 */
function demonymQualifies(role: RoleInfo, demonym: EntityMention): boolean {
  return (
    demonym.type === 'Organization' || role.national || !ORGANISATION_ROLES.has(role.predicate)
  );
}

/** Roles held for a person as well as for a body: "asesor de X", "abogado de X", "portavoz de X". */
function takesPerson(role: RoleInfo): boolean {
  return role.predicate === 'WORKS_FOR' || role.predicate === 'SPOKESPERSON_OF';
}

function roleBefore(
  sentence: Sentence,
  holder: EntityMention,
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
  pack: LanguagePack,
): MentionRole[] {
  const lower = sentence.lower;
  for (let q = Math.max(0, holder.tokenStart - WINDOW); q < holder.tokenStart; q++) {
    const match = knowledge.roleAt(lower, q);
    if (!match) continue;
    let qualifiers = scanQualifiers(
      lower,
      q + match.length,
      holder.tokenStart,
      mentions,
      knowledge,
      pack,
      match.role,
    );
    if (!qualifiers) continue;
    // English puts the demonym before the title: "South Korean leader Park Min Ho".
    const before = mentions.find((m) => m.form === 'demonym' && m.tokenEnd === q);
    if (!qualifiers.of && !qualifiers.ofTarget && before?.target)
      qualifiers = { ofTarget: before.target };
    // "El senador republicano Tom Ellery de Ohio": the body or place right after the name.
    if (!qualifiers.of && pack.grammar.ofWords.has(lower[holder.tokenEnd] ?? '')) {
      const after = mentionAt(mentions, holder.tokenEnd + 1);
      if (after && after.form !== 'demonym' && after.type !== 'Person')
        qualifiers = { ...qualifiers, of: after };
    }
    const { also = [], ...stated } = qualifiers;
    const role: MentionRole = {
      holder,
      role: match.role,
      title: titleSpan(sentence, q, match.length),
      ...stated,
      tokenStart: q,
      tokenEnd: holder.tokenEnd,
      sentenceIndex: sentence.index,
    };
    return [
      ...appositiveTitlesBefore(sentence, holder, q, mentions, knowledge, pack),
      role,
      ...also.map((of) => ({ ...role, of })),
    ];
  }
  return [];
}

/**
 * Titles stacked in apposition before the one next to the name: "el barón del PP más votado de
 * España, el presidente gallego, Julián Sotomayor" → barón (of PP) as well as presidente.
 */
function appositiveTitlesBefore(
  sentence: Sentence,
  holder: EntityMention,
  titleStart: number,
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
  pack: LanguagePack,
): MentionRole[] {
  const lower = sentence.lower;
  const { roleArticles } = pack.roles;
  let end = titleStart;
  if (roleArticles.has(lower[end - 1] ?? '')) end--;
  if (lower[end - 1] !== ',') return [];
  end--;
  for (let q = Math.max(0, end - WINDOW); q < end; q++) {
    const match = knowledge.roleAt(lower, q);
    if (!match || !roleArticles.has(lower[q - 1] ?? '')) continue;
    const qualifiers = scanQualifiers(
      lower,
      q + match.length,
      end,
      mentions,
      knowledge,
      pack,
      match.role,
    );
    if (!qualifiers?.of) continue;
    return [
      {
        holder,
        role: match.role,
        title: titleSpan(sentence, q, match.length),
        of: qualifiers.of,
        tokenStart: q,
        tokenEnd: holder.tokenEnd,
        sentenceIndex: sentence.index,
      },
    ];
  }
  return [];
}

function roleAfter(
  sentence: Sentence,
  holder: EntityMention,
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
  pack: LanguagePack,
): MentionRole[] {
  const { grammar, roles: words } = pack;
  const lower = sentence.lower;
  let q = holder.tokenEnd;
  // An apposition opens with a comma, a dash or a bracket: "X, presidente de …", "X —exministro de …".
  if (![',', '—', '–', '('].includes(lower[q] ?? '')) return [];
  q++;
  // "Jon Etxeberri, 18 años portavoz del partido": a duration before the title.
  if (/^\d+$/.test(lower[q] ?? '') && words.durationUnits.has(lower[q + 1] ?? '')) q += 2;
  if (grammar.articles.has(lower[q] ?? '')) q++;
  // "X, primer presidente de …", "X, nuevo director general de …", "X, actual ministra …"
  let match = knowledge.roleAt(lower, q);
  for (
    let skip = 0;
    !match &&
    skip < 2 &&
    /^\p{Ll}+$/u.test(lower[q] ?? '') &&
    !words.notTitleModifiers.has(lower[q]!);
    skip++
  )
    match = knowledge.roleAt(lower, ++q);
  // "X, officials said": a plural title is not in apposition to one name (it may be to a list: "A y B, ministros …").
  if (match?.role.plural && !grammar.andWords.has(lower[holder.tokenStart - 1] ?? '')) return [];
  if (!match) return [];
  let end = q + match.length;
  let of: EntityMention | undefined;
  let seat: EntityMention | undefined;
  let ofTarget: string | undefined;
  // "X, secretario de Administración del Instituto Técnico Regional": the first organisation or
  // place introduced by "de" before the apposition closes.
  for (let k = end; k < Math.min(lower.length, end + 14); k++) {
    // "X, profesor y director de un programa … en la Universidad Y": coordinated titles share the body.
    if (grammar.andWords.has(lower[k]!) && !of && knowledge.roleAt(lower, k + 1)) {
      k += knowledge.roleAt(lower, k + 1)!.length;
      continue;
    }
    if (closesApposition(lower[k]!, pack)) break;
    const m = mentionAt(mentions, k);
    if (m?.form === 'demonym') {
      if (demonymQualifies(match.role, m)) ofTarget ??= m.target;
      end = m.tokenEnd;
      k = m.tokenEnd - 1;
      continue;
    }
    let back = k - 1;
    while (back > end - 1 && words.titleModifiers.has(lower[back] ?? '')) back--;
    const prev = lower[back];
    // "ministro de Educación en el primer Gobierno de X": "en" attaches the office to its body too.
    // The last body in a chain names the employer: "secretario de Administración del Instituto X".
    // "exministro del gabinete de Tomás Ugarte", "asesor de Lidia Ferrer": a person's team.
    const personOf =
      m?.type === 'Person' &&
      (takesPerson(match.role) || words.teamNouns.has(lower[back - 1] ?? ''));
    // "portavoz del PNV en el Congreso": the office is of the party, held in the chamber.
    const locative = prev === pack.verbs.locative;
    if (m && of && locative && m.type === 'Organization') {
      seat = m;
      end = m.tokenEnd;
      k = m.tokenEnd - 1;
      continue;
    }
    // "presidente de la Federación Obrera de Oregón": a place after the body only locates the body.
    if (m && of?.type === 'Organization' && isPlaceType(m.type)) break;
    if (m && (m.type !== 'Person' || personOf) && (grammar.ofWords.has(prev ?? '') || locative)) {
      of = m;
      end = m.tokenEnd;
      k = m.tokenEnd - 1;
      continue;
    }
    if (m) break;
  }
  const role: MentionRole = {
    holder,
    role: match.role,
    title: titleSpan(sentence, q, match.length),
    ...(of ? { of } : {}),
    ...(ofTarget ? { ofTarget } : {}),
    tokenStart: holder.tokenStart,
    tokenEnd: end,
    sentenceIndex: sentence.index,
  };
  return seat ? [role, { ...role, role: seatRole(words.memberLemma), of: seat }] : [role];
}

/** Holding an office in a body ("portavoz … en el Congreso") makes one a member of it. */
const seatRole = (lemma: string): RoleInfo => ({
  lemma,
  group: lemma,
  predicate: 'MEMBER_OF',
  national: false,
  organizational: true,
});

/** An apposition ends at punctuation, a complementiser, a personal relative or a conjunction. */
const APPOSITION_MARKS = new Set([',', '.', ';', ':', '(', ')', '—', '–']);
function closesApposition(word: string, pack: LanguagePack): boolean {
  return (
    APPOSITION_MARKS.has(word) ||
    word === pack.clauses.complementizer ||
    pack.clauses.personalRelatives.has(word) ||
    pack.grammar.andWords.has(word)
  );
}

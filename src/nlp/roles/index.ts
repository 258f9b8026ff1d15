/**
 * Titles and appositions: who holds which role, of what.
 *   "el ministro de Relaciones Exteriores chileno, Juan Pérez"     → Pérez : ministro (of Chile, via demonym)
 *   "el presidente de Francia, Emmanuel Macron"                  → Macron : presidente (of Francia)
 *   "Claudia López, alcaldesa de Bogotá"                          → López  : alcaldesa (of Bogotá)
 *   "el presidente Juan Pérez"                                     → Pérez  : presidente (of ?)
 */
import type { GrammarLexicon } from '../lexicon/index.js';
import type { Knowledge, RoleInfo } from '../knowledge.js';
import type { EntityMention, Sentence } from '../types.js';

export interface MentionRole {
  /** The person mention holding the role. */
  readonly holder: EntityMention;
  readonly role: RoleInfo;
  /** The entity mention the role is "of" ("de Francia"), when stated by name. */
  readonly of?: EntityMention;
  /** Canonical name evoked by a demonym qualifier ("ruso" → "Rusia"). */
  readonly ofTarget?: string;
  /** Token range of the whole title phrase, for evidence highlighting. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentenceIndex: number;
}

const WINDOW = 9;

export function findRoles(
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
  grammar: GrammarLexicon,
): MentionRole[] {
  const out: MentionRole[] = [];
  const bySentence = groupBySentence(mentions);
  for (const holder of mentions) {
    if (holder.form !== 'name' || holder.type !== 'Person') continue;
    const sentence = sentences[holder.sentenceIndex]!;
    const inSentence = bySentence.get(holder.sentenceIndex) ?? [];
    const left = roleBefore(sentence, holder, inSentence, knowledge, grammar);
    if (left) out.push(left);
    const right = roleAfter(sentence, holder, inSentence, knowledge);
    if (right) out.push(right);
  }
  return out;
}

function groupBySentence(mentions: readonly EntityMention[]): Map<number, EntityMention[]> {
  const map = new Map<number, EntityMention[]>();
  for (const m of mentions) map.set(m.sentenceIndex, [...(map.get(m.sentenceIndex) ?? []), m]);
  return map;
}

function mentionAt(mentions: readonly EntityMention[], tokenIndex: number): EntityMention | undefined {
  return mentions.find((m) => m.tokenStart <= tokenIndex && tokenIndex < m.tokenEnd && m.form !== 'nominal');
}

/** Qualifiers between a role word and the name: demonyms, "de X", adjectives, one comma. */
function scanQualifiers(
  lower: readonly string[],
  from: number,
  to: number,
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
  grammar: GrammarLexicon,
): { of?: EntityMention; ofTarget?: string } | undefined {
  let of: EntityMention | undefined;
  let ofTarget: string | undefined;
  let k = from;
  while (k < to) {
    const word = lower[k]!;
    const mention = mentionAt(mentions, k);
    if (mention && mention.form === 'demonym') {
      ofTarget ??= mention.target;
      k = mention.tokenEnd;
      continue;
    }
    if ((word === 'de' || word === 'del') && k + 1 < to) {
      const m = mentionAt(mentions, k + 1 + (lower[k + 1] === 'la' || lower[k + 1] === 'los' || lower[k + 1] === 'las' ? 1 : 0));
      if (m && m.form !== 'demonym' && m.type !== 'Person') {
        of ??= m;
        k = m.tokenEnd;
        continue;
      }
    }
    if (word === ',' || word === 'la' || word === 'el' || grammar.nameConnectors.has(word)) {
      k++;
      continue;
    }
    if (/^\p{Ll}+$/u.test(word) && !grammar.functionWords.has(word) && !knowledge.roleAt(lower, k)) {
      k++; // adjective: "estatal", "interino", "saliente"
      continue;
    }
    return undefined;
  }
  return { ...(of ? { of } : {}), ...(ofTarget ? { ofTarget } : {}) };
}

function roleBefore(
  sentence: Sentence,
  holder: EntityMention,
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
  grammar: GrammarLexicon,
): MentionRole | undefined {
  const lower = sentence.lower;
  for (let q = Math.max(0, holder.tokenStart - WINDOW); q < holder.tokenStart; q++) {
    const match = knowledge.roleAt(lower, q);
    if (!match) continue;
    let qualifiers = scanQualifiers(lower, q + match.length, holder.tokenStart, mentions, knowledge, grammar);
    if (!qualifiers) continue;
    // English puts the demonym before the title: "South Korean leader Park Min Ho".
    const before = mentions.find((m) => m.form === 'demonym' && m.tokenEnd === q);
    if (!qualifiers.of && !qualifiers.ofTarget && before?.target) qualifiers = { ofTarget: before.target };
    return { holder, role: match.role, ...qualifiers, tokenStart: q, tokenEnd: holder.tokenEnd, sentenceIndex: sentence.index };
  }
  return undefined;
}

function roleAfter(
  sentence: Sentence,
  holder: EntityMention,
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
): MentionRole | undefined {
  const lower = sentence.lower;
  let q = holder.tokenEnd;
  if (lower[q] !== ',') return undefined;
  q++;
  if (lower[q] === 'el' || lower[q] === 'la' || lower[q] === 'un' || lower[q] === 'una') q++;
  // "X, primer presidente de …", "X, nuevo director general de …", "X, actual ministra …"
  let match = knowledge.roleAt(lower, q);
  for (let skip = 0; !match && skip < 2 && /^\p{Ll}+$/u.test(lower[q] ?? ''); skip++) match = knowledge.roleAt(lower, ++q);
  if (!match) return undefined;
  let end = q + match.length;
  let of: EntityMention | undefined;
  let ofTarget: string | undefined;
  // "X, secretario de Administración del Instituto Politécnico Nacional": the first organisation or
  // place introduced by "de" before the apposition closes.
  for (let k = end; k < Math.min(lower.length, end + 8); k++) {
    if ([',', '.', ';', ':', '(', ')', 'que', 'quien', 'y'].includes(lower[k]!)) break;
    const m = mentionAt(mentions, k);
    if (m?.form === 'demonym') {
      ofTarget ??= m.target;
      end = m.tokenEnd;
      k = m.tokenEnd - 1;
      continue;
    }
    let back = k - 1;
    while (back > end - 1 && ['la', 'los', 'las', 'el', 'un', 'una', 'primer', 'primera', 'nuevo', 'nueva', 'actual', 'anterior'].includes(lower[back] ?? '')) back--;
    const prev = lower[back];
    // "ministro de Educación en el primer Gobierno de X": "en" attaches the office to its body too.
    // The last body in a chain names the employer: "secretario de Administración del Instituto X".
    if (m && m.type !== 'Person' && (prev === 'de' || prev === 'del' || prev === 'en')) {
      of = m;
      end = m.tokenEnd;
      k = m.tokenEnd - 1;
      continue;
    }
    if (m) break;
  }
  return { holder, role: match.role, ...(of ? { of } : {}), ...(ofTarget ? { ofTarget } : {}), tokenStart: holder.tokenStart, tokenEnd: end, sentenceIndex: sentence.index };
}

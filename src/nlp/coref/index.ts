/**
 * In-article coreference: mentions → entities.
 *  1. Names with the same folded form, or naming the same place, are one entity.
 *  2. A shorter person name that is the first or last part of exactly one longer one joins it
 *     ("Pérez" → "Ana María Pérez", "Ana" → "Ana María Pérez"); organisation, event and law names of
 *     two words or more likewise, by their tail ("Naciones Unidas" → "Organización de las Naciones
 *     Unidas") or their head ("Secretaría de Pesca" → "Secretaría de Pesca y Acuacultura").
 *  3. Acronyms join the name whose initials they spell ("ONU"), or the name they follow in brackets
 *     when their letters are its initials in another order ("Universidad Nacional de Australia (ANU)").
 *  3b. Institutional short forms and metonyms ("el Gobierno", "el Ejecutivo", "el Estado") join the body or
 *     country they stand for (see metonyms.ts).
 *  4. Role nominals join the nearest preceding holder of a role of the same group
 *     ("el canciller" → the foreign minister named earlier); demonyms join (or create) their country.
 */
import { foldName, isNonCountryPlaceType } from '../../schema/index.js';
import { packFor } from '../lang/index.js';
import { ruleOn } from '../ablation.js';
import { isNameOnlySource } from '../mentions/typing.js';
import { pluralCue } from '../mentions/coordination.js';
import { mergeHandles } from './handles.js';
import type { EntityType } from '../../schema/index.js';
import type { Knowledge } from '../knowledge.js';
import type { MentionRole } from '../roles/index.js';
import type { ArticleEntity, EntityMention, Sentence } from '../types.js';
import {
  METONYM_SOURCE,
  mergeCommonWordShortForms,
  mergeInstitutionalShortForms,
  resolveCountryMetonyms,
} from './metonyms.js';

/** Type proposals at least this confident come from a lexicon or gazetteer, not from shape or a weak model vote. */
const STRONG_TYPE = 0.79;

interface Cluster {
  key: string;
  mentions: EntityMention[];
  words: string[];
}

export function resolveCoreference(
  mentions: readonly EntityMention[],
  roles: readonly MentionRole[],
  knowledge: Knowledge,
  sentences: readonly Sentence[] = [],
): ArticleEntity[] {
  const names = mentions.filter((m) => m.form === 'name' || m.form === 'acronym');
  // 1. exact folded name, or the same canonical place.
  const clusters = new Map<string, Cluster>();
  for (const m of names) {
    const place = knowledge.places(m.text)[0];
    // Countries named differently ("EE.UU.", "Estados Unidos") meet on their canonical name.
    const key =
      place?.type === 'Country' && m.type === 'Country'
        ? `place:${foldName(place.name)}`
        : (bodyOfCountryKey(m, knowledge) ?? `name:${foldName(m.text)}`);
    const cluster = clusters.get(key) ?? { key, mentions: [], words: foldName(m.text).split(' ') };
    cluster.mentions.push(m);
    clusters.set(key, cluster);
  }
  // 2–3. short names and acronyms join a unique longer cluster.
  const list = [...clusters.values()].sort((a, b) => b.words.length - a.words.length);
  const parent = new Map<Cluster, Cluster>();
  const root = (c: Cluster): Cluster => {
    let r = c;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const bracketed = bracketedAcronyms(names, sentences, knowledge);
  const clusterOf = new Map(list.flatMap((c) => c.mentions.map((m) => [m, c] as const)));
  // Each cluster is a candidate host of every other: its type is worked out once.
  const typeOf = new Map(list.map((c) => [c, dominantType(c.mentions)] as const));
  for (const short of list) {
    const named = short.mentions
      .map((m) => bracketed.get(m))
      .map((n) => (n ? clusterOf.get(n) : undefined))
      .find((c) => c !== undefined && root(c) !== short);
    const host = named ?? findHost(short, list, parent, typeOf, knowledge);
    if (host) parent.set(short, host);
  }
  const groups = new Map<Cluster, EntityMention[]>();
  for (const c of list) {
    const r = root(c);
    groups.set(r, [...(groups.get(r) ?? []), ...c.mentions]);
  }
  let grouped = ruleOn('institutionalShortForms')
    ? mergeInstitutionalShortForms([...groups.values()], knowledge)
    : [...groups.values()];
  if (ruleOn('commonWordShortForms')) grouped = mergeCommonWordShortForms(grouped, knowledge);
  if (ruleOn('handles')) grouped = mergeHandles(grouped);
  if (packFor(knowledge.language).rules.countryMetonyms && ruleOn('countryMetonyms'))
    grouped = resolveCountryMetonyms(grouped, mentions, knowledge);
  const entities: ArticleEntity[] = [];
  for (const groupMentions of grouped)
    entities.push(makeEntity(entities.length, groupMentions, knowledge));

  attachRoles(entities, roles);
  attachDemonyms(entities, mentions, knowledge);
  attachNominals(entities, mentions);
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities.filter((e) => e.mentions.length > 0 || e.demonymMentions.length > 0);
}

/** "Senado de los EU" and "Senado de Estados Unidos" name one body: key on the head and the canonical country. */
function bodyOfCountryKey(m: EntityMention, knowledge: Knowledge): string | undefined {
  if (m.type !== 'Organization') return undefined;
  const { ofWords, definiteArticles } = packFor(knowledge.language).grammar;
  const alt = (words: ReadonlySet<string>): string => [...words].join('|');
  const match = new RegExp(
    `^(.+?) (${alt(ofWords)}) (?:(?:${alt(definiteArticles)}) )?(.+)$`,
    'u',
  ).exec(m.text);
  if (!match) return undefined;
  const country = knowledge.places(match[3]!)[0];
  return country?.type === 'Country'
    ? `body:${foldName(match[1]!)}|${foldName(country.name)}`
    : undefined;
}

/**
 * "Universidad Nacional de Australia (ANU)": an acronym in brackets right after a name is that name's
 * short form, also when its letters follow another language's word order. Not after a person's name, where
 * the bracket gives an affiliation ("Ana Ruiz (PRI)"), nor when the acronym names a known place.
 */
function bracketedAcronyms(
  names: readonly EntityMention[],
  sentences: readonly Sentence[],
  knowledge: Knowledge,
): Map<EntityMention, EntityMention> {
  const out = new Map<EntityMention, EntityMention>();
  const byEnd = new Map(names.map((m) => [`${m.sentenceIndex}:${m.tokenEnd}`, m]));
  const skips = packFor(knowledge.language).coref.acronymSkips;
  for (const acronym of names) {
    // "Solidaridad Rioplatense Alternativa (Soria)": a blend in brackets, even one named like a town.
    const blend =
      ruleOn('bracketedBlends') &&
      acronym.form === 'name' &&
      acronym.tokenEnd - acronym.tokenStart === 1;
    if (acronym.form !== 'acronym' && !blend) continue;
    const tokens = sentences[acronym.sentenceIndex]?.tokens;
    if (!tokens) continue;
    if (tokens[acronym.tokenStart - 1]?.text !== '(' || tokens[acronym.tokenEnd]?.text !== ')')
      continue;
    const name = byEnd.get(`${acronym.sentenceIndex}:${acronym.tokenStart - 1}`);
    if (!name || name.form !== 'name' || name.type === 'Person') continue;
    const spelled = blend
      ? isBlend(foldName(acronym.text), foldName(name.text).split(' '), skips)
      : knowledge.places(acronym.text).length === 0 &&
        lettersAmongInitials(acronym.text, name.text, cueBefore(name, sentences, knowledge));
    if (spelled) out.set(acronym, name);
  }
  return out;
}

/**
 * Every letter of the acronym is the initial of a capitalised word of the name, in any order ("ANU" for
 * "Universidad Nacional de Australia"): a bracket after a fragment of a longer name ("… Revolución
 * Democrática (PRD)") does not pass.
 */
function lettersAmongInitials(acronym: string, name: string, cue: string | undefined): boolean {
  const initials = new Set(
    name
      .split(/[\s-]+/u)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0]!.toLowerCase()),
  );
  if (cue) initials.add(cue[0]!);
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const among = (s: string): boolean => [...s].every((c) => initials.has(c));
  // "Vía Verde (PVV)": the first letter may spell a class noun the text leaves out ("Partido").
  return (
    (letters.length >= 2 && among(letters)) ||
    (ruleOn('unsaidClassInitial') && letters.length >= 3 && among(letters.slice(1)))
  );
}

/**
 * The cue noun right before a name, whose initial a bracketed acronym may spell: "los partidos Aurora
 * Cívica (PAC)", "el banco Caja Sur (BCS)".
 */
function cueBefore(
  name: EntityMention,
  sentences: readonly Sentence[],
  knowledge: Knowledge,
): string | undefined {
  if (!ruleOn('cueInitial')) return undefined;
  const word = sentences[name.sentenceIndex]?.lower[name.tokenStart - 1];
  return word !== undefined && (knowledge.cue(word) ?? pluralCue(word, knowledge))
    ? word
    : undefined;
}

function isInitials(
  acronym: string,
  words: readonly string[],
  skips: ReadonlySet<string>,
): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const initials = words
    .filter((w) => !skips.has(w))
    .map((w) => w[0])
    .join('');
  // "HUCH" for "Hornos Unidos de Chile" (S.A.): initials plus a legal form.
  return (
    letters.length >= 2 &&
    (initials === letters ||
      (initials.length >= 3 &&
        LEGAL_FORM_LETTERS.has(letters.slice(initials.length)) &&
        letters.startsWith(initials)))
  );
}

/**
 * A blend spells, in order, a beginning of every content word of the name (connectors may be kept or
 * dropped): "conagua" = co·n·agua, "sectur" = sec·tur. At least two words and five letters, and no
 * single word's beginning alone.
 */
export function isBlend(
  short: string,
  words: readonly string[],
  skips: ReadonlySet<string>,
): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '');
  const content = words.filter((w) => !skips.has(w));
  if (letters.length < 5 || content.length < 2) return false;
  const spell = (at: number, w: number): boolean => {
    if (w === words.length) return at === letters.length;
    const word = words[w]!;
    const optional = skips.has(word);
    if (optional && spell(at, w + 1)) return true;
    for (let k = Math.min(word.length, letters.length - at); k >= 1; k--)
      if (letters.startsWith(word.slice(0, k), at) && spell(at + k, w + 1)) return true;
    return false;
  };
  return spell(0, 0);
}

const LEGAL_FORM_LETTERS: ReadonlySet<string> = new Set([
  'sa',
  'sab',
  'sl',
  'slu',
  'sc',
  'sacv',
  'sabcv',
  'cv',
  'inc',
  'spa',
  'ag',
]);

function findHost(
  short: Cluster,
  list: readonly Cluster[],
  parent: ReadonlyMap<Cluster, Cluster>,
  typeOf: ReadonlyMap<Cluster, EntityType>,
  knowledge: Knowledge,
): Cluster | undefined {
  const shortMention = short.mentions[0]!;
  const words = packFor(knowledge.language).coref;
  const shortName = short.words.join(' ');
  // A surname that is also a town ("Soria") still joins the person; a country or a place announced by a cue does not.
  const shortIsPlace = short.mentions.some(
    (m) =>
      (m.type === 'Country' && m.typeSource === 'gazetteer') ||
      (m.typeSource.startsWith('cue:') && isNonCountryPlaceType(m.type)),
  );
  const candidates = list.filter((long) => {
    if (long !== short && parent.get(long) !== short && isShortGivenName(short, long)) return true;
    if (
      long === short ||
      (long.words.length <= short.words.length && shortMention.form !== 'acronym')
    )
      return false;
    // A name already joined to a longer one is not a host of its own ("Fede Olmedo" → "Federico Olmedo").
    if (parent.get(long) === short || parent.has(long)) return false;
    const longType = typeOf.get(long)!;
    if (shortMention.form === 'acronym') {
      return (
        long.mentions[0]!.form !== 'acronym' &&
        isInitials(shortMention.text, long.words, words.acronymSkips)
      );
    }
    const n = short.words.length;
    const prefix = long.words.slice(0, n).join(' ') === shortName;
    const suffix = long.words.slice(-n).join(' ') === shortName;
    // A surname inside a longer name (Spanish double surnames): "Ordaz" → "Julio Ordaz Lima", but not a
    // given name ("Luis" is not "Pedro Luis Ordaz").
    const inner =
      n === 1 &&
      long.words.length >= 3 &&
      long.words.slice(1, -1).includes(short.words[0]!) &&
      !knowledge.isGivenName(shortMention.text);
    if (longType === 'Person') return (prefix || suffix || inner) && !shortIsPlace;
    // "Conagua" for "Comisión Nacional del Agua", "Pemex" for "Petróleos Mexicanos": a blend of the
    // name's word beginnings in order.
    if (
      longType === 'Organization' &&
      n === 1 &&
      !shortIsPlace &&
      knowledge.places(shortMention.text).length === 0 &&
      isBlend(short.words[0]!, long.words, words.acronymSkips)
    )
      return true;
    // "el Gobierno" … "el Gobierno Nacional": a body named by its head noun and a scope adjective.
    if (
      longType === 'Organization' &&
      prefix &&
      long.words.length === n + 1 &&
      words.scopeAdjectives.has(long.words[n]!) &&
      !shortIsPlace
    )
      return true;
    // "Junta Técnica de la Organización Mundial del Comercio" is a part of the Organización…, not
    // another name for it: a full institutional name (led by a head noun) after "de" is a different body.
    const complement =
      words.acronymSkips.has(long.words[long.words.length - n - 1] ?? '') &&
      knowledge.cue(short.words[0]!) === 'Organization';
    if (longType === 'Organization' || longType === 'Event' || longType === 'Law')
      return ((suffix && !complement) || prefix) && n >= 2 && !shortIsPlace;
    return false;
  });
  if (candidates.length === 0) return undefined;
  // Prefer the host mentioned most; ambiguous ties (two "García"s) stay apart.
  candidates.sort((a, b) => b.mentions.length - a.mentions.length);
  if (
    candidates.length > 1 &&
    candidates[0]!.mentions.length === candidates[1]!.mentions.length &&
    shortMention.form !== 'acronym'
  )
    return undefined;
  return candidates[0];
}

/**
 * "Fede Olmedo" and "Federico Olmedo": the same surnames, and a given name that is the start of
 * the other (a short form). The shorter given name joins the longer one.
 */
function isShortGivenName(short: Cluster, long: Cluster): boolean {
  const [a, b] = [short.words, long.words];
  if (a.length !== b.length || a.length < 2 || a.slice(1).join(' ') !== b.slice(1).join(' '))
    return false;
  const [ga, gb] = [a[0]!, b[0]!];
  return (
    ga.length >= 4 &&
    gb.length > ga.length &&
    gb.startsWith(ga) &&
    dominantType(short.mentions) === 'Person' &&
    dominantType(long.mentions) === 'Person'
  );
}

/**
 * The type with the most evidence. What a mention's context says counts for each mention; what the
 * name says by itself (a gazetteer town, a given name, its shape) is the same evidence repeated, and
 * counts once per name — so one "el partido X" outweighs a town's name X said seven times.
 */
function dominantType(mentions: readonly EntityMention[]): EntityType {
  const score = new Map<EntityType, number>();
  const counted = new Set<string>();
  for (const m of mentions) {
    if (ruleOn('nameEvidenceOnce') && isNameOnlySource(m.typeSource)) {
      const key = `${m.type}|${m.typeSource}|${foldName(m.text)}`;
      if (counted.has(key)) continue;
      counted.add(key);
    }
    score.set(
      m.type,
      (score.get(m.type) ?? 0) + m.typeConfidence * (m.form === 'acronym' ? 0.5 : 1),
    );
  }
  let best: EntityType = 'Other';
  let bestScore = -1;
  for (const [type, s] of score) if (s > bestScore) [best, bestScore] = [type, s];
  return best;
}

function makeEntity(id: number, mentions: EntityMention[], knowledge: Knowledge): ArticleEntity {
  // Strong evidence decides the type (a gazetteer, a cue or role word, a given name); without it, long
  // names do: "Pérez" alone says little, "Ana María Pérez" says Person.
  const maxWords = Math.max(...mentions.map((m) => m.tokenEnd - m.tokenStart));
  const strong = mentions.filter((m) => m.typeConfidence >= STRONG_TYPE);
  const longest = mentions.filter((m) => m.tokenEnd - m.tokenStart === maxWords);
  const type = dominantType(strong.length ? strong : longest);
  const naming = mentions.filter((m) => !m.typeSource.startsWith(METONYM_SOURCE));
  const pool = naming.length ? naming : mentions;
  const fullest = [...pool]
    .filter((m) => m.form === 'name' || pool.every((x) => x.form === 'acronym'))
    .sort(
      (a, b) =>
        b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) ||
        b.text.length - a.text.length ||
        a.start - b.start,
    )[0]!;
  const place = knowledge.places(fullest.text)[0];
  const source = mentions.find((m) => m.type === type)?.typeSource ?? 'vote';
  return {
    id,
    name: fullest.text,
    type,
    typeSource: place && place.type === type ? 'gazetteer' : source,
    mentions: mentions.map((m) => ({ ...m, type })),
    demonymMentions: [],
    roles: [],
  };
}

function entityOf(
  entities: readonly ArticleEntity[],
  mention: EntityMention,
): ArticleEntity | undefined {
  return entities.find((e) =>
    e.mentions.some((m) => m.start === mention.start && m.end === mention.end),
  );
}

function entityNamed(
  entities: readonly ArticleEntity[],
  name: string,
  knowledge?: Knowledge,
): ArticleEntity | undefined {
  const key = foldName(name);
  return entities.find(
    (e) =>
      foldName(e.name) === key ||
      e.mentions.some(
        (m) =>
          foldName(m.text) === key ||
          (knowledge && foldName(knowledge.places(m.text)[0]?.name ?? '') === key),
      ),
  );
}

function attachRoles(entities: readonly ArticleEntity[], roles: readonly MentionRole[]): void {
  for (const r of roles) {
    const holder = entityOf(entities, r.holder);
    if (!holder) continue;
    const of = r.of
      ? entityOf(entities, r.of)
      : r.ofTarget
        ? entityNamed(entities, r.ofTarget)
        : undefined;
    holder.roles.push({
      lemma: r.role.lemma,
      group: r.role.group,
      sentenceIndex: r.sentenceIndex,
      ...(of ? { of: of.id } : {}),
    });
  }
}

function attachDemonyms(
  entities: ArticleEntity[],
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
): void {
  for (const d of mentions) {
    if (d.form !== 'demonym' || !d.target) continue;
    let target = entityNamed(entities, d.target, knowledge);
    if (!target) {
      target = {
        id: entities.length,
        name: d.target,
        type: d.type,
        typeSource: 'demonym',
        mentions: [],
        demonymMentions: [],
        roles: [],
      };
      entities.push(target);
    }
    target.demonymMentions.push(d);
  }
}

const CLASS_SOURCE = 'class:';

/** "el país": the entity of the nominal's type named last before it (by name or demonym), if any. */
function attachClassNominal(entities: readonly ArticleEntity[], n: EntityMention): void {
  let best: { entity: ArticleEntity; at: number } | undefined;
  for (const e of entities) {
    if (e.type !== n.type) continue;
    for (const m of [...e.mentions, ...e.demonymMentions])
      if (m.start < n.start && m.form !== 'nominal' && (!best || m.start > best.at))
        best = { entity: e, at: m.start };
  }
  if (best) best.entity.mentions.push(n);
}

function attachNominals(
  entities: readonly ArticleEntity[],
  mentions: readonly EntityMention[],
): void {
  for (const n of mentions) {
    if (n.form !== 'nominal') continue;
    if (n.typeSource.startsWith(CLASS_SOURCE)) {
      attachClassNominal(entities, n);
      continue;
    }
    const group = n.typeSource.replace(/^nominal:/, '');
    const targetKey = n.target ? foldName(n.target) : undefined;
    let best: { entity: ArticleEntity; distance: number } | undefined;
    for (const e of entities) {
      if (e.type !== 'Person') continue;
      const fits = e.roles.some((r) => {
        if (r.group !== group) return false;
        if (!targetKey || r.of === undefined) return true;
        const of = entities[r.of];
        return !of || foldName(of.name) === targetKey;
      });
      if (!fits) continue;
      const before = e.mentions.filter((m) => m.start < n.start);
      const distance = before.length
        ? n.start - before[before.length - 1]!.start
        : Number.POSITIVE_INFINITY;
      if (!best || distance < best.distance) best = { entity: e, distance };
    }
    if (best) best.entity.mentions.push(n);
  }
}

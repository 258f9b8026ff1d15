/**
 * Institutional short forms and metonyms that Spanish news capitalises (general lexicon, no names):
 *  - a bare head noun joins the one longer name it heads: "el Gobierno" → "Gobierno Nacional",
 *    "el Senado" → "Senado de Estados Unidos" (the most mentioned when several, none on a tie);
 *  - capitalised synonyms of an institution join it: "el Ejecutivo" → "Gobierno", "la Monarquía" → "Corona";
 *  - a capitalised common word alone joins the one longer name it completes: "Hacienda" → "Secretaría de
 *    Hacienda y Crédito Público", "el Frente" → "Por México al Frente";
 *  - "el Estado", "la República", "la Nación" stand for a country: the one named by a following demonym
 *    ("el Estado español"), else the article's most mentioned country.
 * Works on groups of name mentions (one group per entity-to-be), before entities are made.
 */
import { foldName } from '../../schema/index.js';
import type { Knowledge } from '../knowledge.js';
import { packFor } from '../lang/index.js';
import type { EntityMention } from '../types.js';

export type MentionGroup = EntityMention[];

/** Mentions moved by these rules are marked, so that the entity keeps its host's name ("Gobierno", not "Ejecutivo"). */
export const METONYM_SOURCE = 'metonym:';
const asMetonym = (m: EntityMention, host: MentionGroup): EntityMention => ({
  ...m,
  type: host[0]!.type,
  typeSource: `${METONYM_SOURCE}${m.typeSource}`,
});

const nameOf = (group: MentionGroup): string => {
  const longest = [...group].sort(
    (a, b) =>
      b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || b.text.length - a.text.length,
  )[0]!;
  return foldName(longest.text);
};

/** Merge `from` groups into their chosen hosts; returns the remaining groups. */
export function mergeInto(
  groups: readonly MentionGroup[],
  moves: ReadonlyMap<MentionGroup, MentionGroup>,
): MentionGroup[] {
  for (const [from, to] of moves) to.push(...from.map((m) => asMetonym(m, to)));
  return groups.filter((g) => !moves.has(g));
}

/** The unique most-mentioned group among `candidates` (none on a tie). */
function mostMentioned(candidates: readonly MentionGroup[]): MentionGroup | undefined {
  const sorted = [...candidates].sort((a, b) => b.length - a.length);
  if (sorted.length === 0 || (sorted.length > 1 && sorted[0]!.length === sorted[1]!.length))
    return undefined;
  return sorted[0];
}

export function mergeInstitutionalShortForms(
  groups: readonly MentionGroup[],
  knowledge: Knowledge,
): MentionGroup[] {
  const synonyms = packFor(knowledge.language).coref.institutionSynonyms;
  const moves = new Map<MentionGroup, MentionGroup>();
  const organisations = groups.filter((g) => g.some((m) => m.type === 'Organization'));
  for (const group of groups) {
    const name = nameOf(group);
    // A listed synonym is an institution whatever the typing said; a bare head noun must have been typed one.
    const bareHead =
      name.split(' ').length === 1 &&
      knowledge.cue(name) === 'Organization' &&
      organisations.includes(group);
    const head = synonyms[name] ?? (bareHead ? name : undefined);
    if (!head) continue;
    const hosts = organisations.filter(
      (h) =>
        h !== group && !moves.has(h) && (nameOf(h) === head || nameOf(h).startsWith(`${head} `)),
    );
    const host = mostMentioned(hosts);
    if (host && !moves.has(group)) moves.set(group, host);
  }
  // Chains ("Ejecutivo" → "Gobierno" → "Gobierno Nacional") end at the last host.
  for (const [from, to] of moves) {
    let end = to;
    while (moves.has(end)) end = moves.get(end)!;
    moves.set(from, end);
  }
  return mergeInto(groups, moves);
}

/**
 * A name of one capitalised word that is a common word of the language in lower case ("Hacienda",
 * "Defensa", "Trabajo", "Frente") is the short form of the one longer organisation or place name of the
 * article that has it as a word after its first ("Secretaría de Hacienda y Crédito Público", "Partido
 * del Trabajo"); a word that is a place, a person or an acronym is left alone, and so is a word shared by
 * several longer names, or written before the longer name (a short form refers back: "Podemos" before
 * "Unidas Podemos" is a party of its own).
 */
export function mergeCommonWordShortForms(
  groups: readonly MentionGroup[],
  knowledge: Knowledge,
): MentionGroup[] {
  const isWord = /\p{L}/u;
  const hosts = groups.filter(
    (g) =>
      g.some((m) => m.form === 'name' && m.tokenEnd - m.tokenStart > 1) &&
      g.every((m) => m.type !== 'Person'),
  );
  const firstStart = (g: MentionGroup): number => Math.min(...g.map((m) => m.start));
  /** Per host: the words of its longer names after their first word, and where it is first named. */
  const inner = new Map(
    hosts.map((h) => [
      h,
      {
        words: new Set(
          h
            .filter((m) => m.tokenEnd - m.tokenStart > 1)
            .flatMap((m) => m.text.split(/\s+/).slice(1))
            .filter((w) => isWord.test(w))
            .map((w) => foldName(w)),
        ),
        first: firstStart(h),
      },
    ]),
  );
  const moves = new Map<MentionGroup, MentionGroup>();
  for (const group of groups) {
    const text = group[0]!.text;
    if (
      !group.every(
        (m) => m.form === 'name' && m.tokenEnd - m.tokenStart === 1 && m.text === text,
      ) ||
      group.some((m) => m.type === 'Person') ||
      text === text.toUpperCase() ||
      !knowledge.isCommonWord(text.toLowerCase()) ||
      knowledge.places(text).length > 0
    )
      continue;
    const word = foldName(text);
    // A short form refers back: the longer name comes first.
    const first = firstStart(group);
    const found = hosts.filter((h) => {
      const host = inner.get(h)!;
      return h !== group && host.words.has(word) && host.first < first;
    });
    if (found.length === 1) moves.set(group, found[0]!);
  }
  return mergeInto(groups, moves);
}

export function resolveCountryMetonyms(
  groups: readonly MentionGroup[],
  allMentions: readonly EntityMention[],
  knowledge: Knowledge,
): MentionGroup[] {
  const countryOf = (g: MentionGroup): string | undefined => {
    const place = knowledge.places(g[0]!.text)[0];
    return place?.type === 'Country' && g.some((m) => m.type === 'Country')
      ? foldName(place.name)
      : undefined;
  };
  const countries = groups.filter((g) => countryOf(g) !== undefined);
  if (countries.length === 0) return [...groups];
  const main = mainCountry(countries, countryOf, allMentions, knowledge);
  const out: MentionGroup[] = [];
  const unresolved: EntityMention[] = [];
  for (const group of groups) {
    if (!(
      group.every((m) => m.tokenEnd - m.tokenStart === 1) &&
      packFor(knowledge.language).coref.countryMetonyms.has(foldName(group[0]!.text))
    )) {
      out.push(group);
      continue;
    }
    for (const m of group) {
      // "el Estado español", "el Estado judío": the demonym right after names the country.
      const demonym = allMentions.find(
        (d) =>
          d.form === 'demonym' &&
          d.sentenceIndex === m.sentenceIndex &&
          d.tokenStart === m.tokenEnd &&
          d.target,
      );
      const named = demonym
        ? countries.find((c) => countryOf(c) === foldName(demonym.target!))
        : undefined;
      const host = named ?? (demonym ? undefined : main);
      // (No main country — none stands out, or it is named only inside other names — leaves "Estado" alone.)
      if (host) host.push(asMetonym(m, host));
      else unresolved.push(m);
    }
  }
  return unresolved.length > 0 ? [...out, unresolved] : out;
}

/**
 * The country the article is about: evoked most often by its name, by demonyms and inside other names
 * ("Gobierno de Chile", "Telefónica Chile"), clearly ahead of the next one, and named on its own.
 */
function mainCountry(
  countries: readonly MentionGroup[],
  countryOf: (g: MentionGroup) => string | undefined,
  allMentions: readonly EntityMention[],
  knowledge: Knowledge,
): MentionGroup | undefined {
  const evoked = new Map<string, number>();
  const countryNamed = (surface: string): string | undefined => {
    const place = knowledge.places(surface)[0];
    return place?.type === 'Country' ? foldName(place.name) : undefined;
  };
  for (const m of allMentions) {
    let key: string | undefined;
    if (m.form === 'demonym') key = m.target ? foldName(m.target) : undefined;
    else if (m.form === 'name' || m.form === 'acronym') {
      const words = m.text.split(' ');
      const tail = /\b(?:de|del) (?:la |el |los |las )?(.+)$/u.exec(m.text)?.[1];
      key =
        countryNamed(m.text) ??
        (tail ? countryNamed(tail) : undefined) ??
        (words.length > 1 ? countryNamed(words[words.length - 1]!) : undefined);
    }
    if (key) evoked.set(key, (evoked.get(key) ?? 0) + 1);
  }
  const [top, second] = [...evoked.entries()].sort((a, b) => b[1] - a[1]);
  if (!top || (second && second[1] === top[1])) return undefined;
  return countries.find((g) => countryOf(g) === top[0]);
}

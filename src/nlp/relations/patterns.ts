/**
 * Relations stated by the shape of a noun phrase rather than by a verb:
 *   "el escritor español Juan Gómez", "el peruano Tomás Ugarte"  → CITIZEN_OF the demonym's country
 *   "Juan Gómez (Santander, 1984)"                               → BORN_IN Santander
 *   "Luis Arenaza, del PP" / "Ana Pérez (PSOE)"                  → MEMBER_OF the organisation
 */
import { isAgentType, isPlaceType } from '../../schema/index.js';
import {
  coordinationGroup,
  isNamed,
  mentionSpan,
  statedRelation,
  tokenSpan,
  type MentionRef,
  type SentenceView,
} from './sentence-view.js';
import type { ArticleRelation } from './types.js';

export function nounPhraseRelations(view: SentenceView): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  const at = (tokenIndex: number): MentionRef | undefined =>
    view.mentions.find((r) => r.mention.tokenStart === tokenIndex);
  // "el partido de Julia Montes", "el Gobierno de Julián Sotomayor": a body named after who leads it.
  for (const org of view.mentions) {
    if (
      org.entity.type !== 'Organization' ||
      !isNamed(org) ||
      !view.pack.grammar.ofWords.has(view.lower[org.mention.tokenEnd] ?? '')
    )
      continue;
    const person = at(org.mention.tokenEnd + 1);
    if (
      person &&
      person.entity.type === 'Person' &&
      person.mention.tokenEnd - person.mention.tokenStart >= 2
    ) {
      out.push(
        statedRelation(
          person,
          org,
          'LEADER_OF',
          view,
          0.5,
          'body-of-person',
          tokenSpan(view, org.mention.tokenEnd),
        ),
      );
    }
  }
  for (const ref of view.mentions) {
    if (ref.entity.type !== 'Person' || !isNamed(ref)) continue;
    const { tokenStart: s, tokenEnd: e } = ref.mention;
    // Nationality: a country demonym right before the name, one noun before it, or closing the
    // noun phrase the name is in apposition to ("el ministro ruso, Serguéi ...").
    for (const gap of [1, 2]) {
      const d = view.mentions.find(
        (r) =>
          r.mention.form === 'demonym' &&
          r.mention.tokenEnd === s - gap + 1 &&
          r.entity.type === 'Country',
      );
      // "la ministra … chilena, Ana Pérez": the noun or a comma may stand between them.
      const between = view.lower[s - 1] ?? '';
      if (d && (gap === 1 || between === ',' || /^\p{Ll}+$/u.test(between))) {
        out.push(
          statedRelation(ref, d, 'CITIZEN_OF', view, 0.7, 'demonym-before-name', mentionSpan(d)),
        );
        break;
      }
    }
    // Birth place and year in brackets: "(Santander, 1984)".
    if (view.lower[e] === '(') {
      const place = at(e + 1);
      if (
        place &&
        isPlaceType(place.entity.type) &&
        view.lower[place.mention.tokenEnd] === ',' &&
        /^(1[89]|20)\d\d$/.test(view.lower[place.mention.tokenEnd + 1] ?? '')
      ) {
        out.push(statedRelation(ref, place, 'BORN_IN', view, 0.75, 'place-year-bracket'));
      }
    }
    // "Lidia Ferrer de la organización feminista Centro de Estudios …", "Ana Pérez, del PSOE".
    const { ofWords } = view.pack.grammar;
    if (ofWords.has(view.lower[e] ?? '')) {
      let k = e + 1;
      while (k < e + 5 && k < view.lower.length && /^\p{Ll}+$/u.test(view.lower[k]!) && !at(k)) k++;
      const org = at(k);
      if (org && org.entity.type === 'Organization' && isNamed(org))
        out.push(
          statedRelation(ref, org, 'WORKS_FOR', view, 0.55, 'name-of-body', tokenSpan(view, e)),
        );
    }
    // Party or organisation in apposition: "X, del PP" / "X (PSOE)".
    const next = view.lower[e];
    const org =
      next === '('
        ? at(e + 1)
        : next === ',' && ofWords.has(view.lower[e + 1] ?? '')
          ? at(e + 2)
          : undefined;
    if (
      org &&
      org.entity.type === 'Organization' &&
      (next === ',' || view.lower[org.mention.tokenEnd] === ')')
    ) {
      out.push(
        next === '('
          ? statedRelation(ref, org, 'MEMBER_OF', view, 0.6, 'body-bracket')
          : statedRelation(
              ref,
              org,
              'MEMBER_OF',
              view,
              0.6,
              'body-apposition',
              tokenSpan(view, e + 1),
            ),
      );
    }
  }
  return out;
}

/** "el acuerdo entre el Partido Verde y la Unión Cívica", "la cumbre entre España y Marruecos". */
export function betweenRelations(view: SentenceView): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  const words = view.pack.nounPhrases;
  view.lower.forEach((word, i) => {
    const predicate = words.cooperationNouns.test(word)
      ? view.pack.triggers.allianceNouns.test(word)
        ? 'ALLIED_WITH'
        : 'COOPERATES_WITH'
      : words.meetingNouns.test(word)
        ? 'MET_WITH'
        : words.conflictNouns.test(word)
          ? 'FOUGHT'
          : undefined;
    if (!predicate) return;
    const entre = view.lower.slice(i + 1, i + 5).indexOf(words.between);
    if (entre < 0) return;
    const from = i + 1 + entre + 1;
    const agent = (r: MentionRef): boolean => isNamed(r) && isAgentType(r.entity.type);
    const first = view.mentions.find(
      (r) => agent(r) && r.mention.tokenStart >= from && r.mention.tokenStart <= from + 1,
    );
    if (!first) return;
    const conj = view.lower[first.mention.tokenEnd];
    if (!view.pack.grammar.andWords.has(conj ?? '')) return;
    const second = view.mentions.find(
      (r) =>
        agent(r) &&
        r.mention.tokenStart > first.mention.tokenEnd &&
        r.mention.tokenStart <= first.mention.tokenEnd + 2,
    );
    if (!second || second.entity === first.entity) return;
    out.push(
      statedRelation(first, second, predicate, view, 0.65, 'noun-between', tokenSpan(view, i)),
    );
  });
  return out;
}

/**
 * Ownership stated by a noun: "Jaime Torres, propietario de Productos Lunar, Plásticos Norte y …"
 * (every listed company) and "el Hotel Miramar, propiedad de X".
 */
export function ownershipRelations(view: SentenceView): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  const named = view.mentions.filter(isNamed);
  const words = view.pack.nounPhrases;
  const { ofWords, articles } = view.pack.grammar;
  const nextNamed = (k: number): MentionRef | undefined =>
    named.find((r) => r.mention.tokenStart >= k && r.mention.tokenStart <= k + 2);
  view.lower.forEach((word, i) => {
    if (words.ownerNouns.test(word) && ofWords.has(view.lower[i + 1] ?? '')) {
      const owner = [...named]
        .reverse()
        .find(
          (r) =>
            r.mention.tokenEnd <= i &&
            r.mention.tokenEnd >= i - 3 &&
            (r.entity.type === 'Person' || r.entity.type === 'Organization'),
        );
      const first = nextNamed(i + 2);
      if (!owner || !first || first.entity.type !== 'Organization') return;
      for (const owned of coordinationGroup(view, first)) {
        if (owned.entity !== owner.entity)
          out.push(
            statedRelation(owner, owned, 'OWNS', view, 0.65, 'owner-noun', tokenSpan(view, i)),
          );
      }
    }
    // "el Hotel Miramar, propiedad de X", "A, B y C, propiedades del magnate X".
    if (words.propertyNouns.has(word) && ofWords.has(view.lower[i + 1] ?? '')) {
      const last = [...named]
        .reverse()
        .find(
          (r) =>
            r.mention.tokenEnd <= i &&
            r.mention.tokenEnd >= i - 3 &&
            r.entity.type === 'Organization',
        );
      let k = i + 2;
      while (
        k < i + 4 &&
        /^\p{Ll}+$/u.test(view.lower[k] ?? '') &&
        !named.some((r) => r.mention.tokenStart === k)
      )
        k++; // "del magnate X"
      const owner = named.find(
        (r) =>
          r.mention.tokenStart === k &&
          (r.entity.type === 'Person' || r.entity.type === 'Organization'),
      );
      if (!last || !owner) return;
      const plural = words.propertyNouns.get(word) === 'pl';
      for (const owned of plural ? listBefore(view, last) : [last]) {
        if (owned.entity !== owner.entity)
          out.push(
            statedRelation(owner, owned, 'OWNS', view, 0.65, 'property-of', tokenSpan(view, i)),
          );
      }
    }
    // "la Organización X, el conglomerado de importantes compañías como A, B y C".
    if (
      words.groupNouns.test(word) &&
      articles.has(view.lower[i - 1] ?? '') &&
      view.lower[i - 2] === ','
    ) {
      const owner = named.find(
        (r) => r.mention.tokenEnd === i - 2 && r.entity.type === 'Organization',
      );
      const como = view.lower.slice(i + 1, i + 6).findIndex((w) => words.listOpeners.has(w));
      const first = owner && como >= 0 ? nextNamed(i + 2 + como) : undefined;
      if (!owner || !first) return;
      for (const owned of enumeration(view, first)) {
        if (owned.entity !== owner.entity && owned.entity.type === 'Organization')
          out.push(
            statedRelation(owner, owned, 'OWNS', view, 0.6, 'group-noun', tokenSpan(view, i)),
          );
      }
    }
  });
  return out;
}

/** Names listed one after another from `first`, joined by commas or a conjunction, whatever their types. */
function enumeration(view: SentenceView, first: MentionRef): MentionRef[] {
  const named = view.mentions.filter(isNamed);
  const { andWords, definiteArticles } = view.pack.grammar;
  const joins = (w: string): boolean => w === ',' || andWords.has(w);
  const out = [first];
  for (let k = named.indexOf(first); k + 1 < named.length; k++) {
    const between = view.lower.slice(named[k]!.mention.tokenEnd, named[k + 1]!.mention.tokenStart);
    if (
      between.length === 0 ||
      between.length > 2 ||
      !between.every((w) => joins(w) || definiteArticles.has(w)) ||
      !between.some(joins)
    )
      break;
    out.push(named[k + 1]!);
    if (between.some((w) => andWords.has(w))) break;
  }
  return out;
}

/** "la Casa X, el Hotel Y y la Concesionaria Z, Coviasur, propiedades de …": the list before, through a trailing apposition. */
function listBefore(view: SentenceView, last: MentionRef): MentionRef[] {
  const group = coordinationGroup(view, last);
  if (group.length > 1) return group;
  const previous = [...view.mentions]
    .reverse()
    .find(
      (r) =>
        r.mention.tokenEnd === last.mention.tokenStart - 1 &&
        view.lower[last.mention.tokenStart - 1] === ',' &&
        isNamed(r),
    );
  return previous ? [...coordinationGroup(view, previous), last] : [last];
}

/**
 * A country demonym fused to a name: "la Constitución hondureña" (the law is part of the country's
 * order) and "el partido ultraconservador polaco Orden Nuevo" (the party is based there).
 */
export function demonymQualifiedRelations(view: SentenceView): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  for (const d of view.mentions) {
    if (d.mention.form !== 'demonym' || d.entity.type !== 'Country') continue;
    const law = view.mentions.find(
      (r) => r.mention.tokenEnd === d.mention.tokenStart && isNamed(r) && r.entity.type === 'Law',
    );
    if (law)
      out.push(statedRelation(law, d, 'PART_OF', view, 0.6, 'demonym-of-law', mentionSpan(d)));
    const org = view.mentions.find(
      (r) =>
        r.mention.tokenStart === d.mention.tokenEnd &&
        isNamed(r) &&
        r.entity.type === 'Organization',
    );
    if (org && org.entity !== d.entity)
      out.push(statedRelation(org, d, 'BASED_IN', view, 0.55, 'demonym-of-body', mentionSpan(d)));
  }
  return out;
}

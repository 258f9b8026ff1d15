/**
 * Located-in relations:
 *  - cue + demonym: "la provincia argentina de Salta" → Salta LOCATED_IN Argentina;
 *  - "X, en Y" / "X (Y)" where Y is a larger place;
 *  - the gazetteer's containing country, when the same sentence evokes that country by a demonym.
 * A place and its country merely named in one sentence ("Madrid … España") is not a stated relation.
 */
import { foldName, isNonCountryPlaceType, isPlaceType } from '../../schema/index.js';
import type { Knowledge } from '../knowledge.js';
import type { Span } from '../../schema/index.js';
import { tokenSpan, type SentenceView } from './sentence-view.js';
import type { ArticleRelation } from './types.js';

export function locatedRelations(
  views: readonly SentenceView[],
  knowledge: Knowledge,
): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  const has = (s: number, o: number): boolean => out.some((r) => r.subject === s && r.object === o);
  for (const view of views) {
    for (const ref of view.mentions) {
      if (!isNonCountryPlaceType(ref.entity.type) || ref.mention.form === 'demonym') continue;
      const t = ref.mention.tokenStart;
      // "la provincia argentina de Salta": a demonym two or three tokens before, after a cue noun.
      for (const d of view.mentions) {
        if (d.mention.form !== 'demonym' || d.entity.type !== 'Country') continue;
        const gap = t - d.mention.tokenEnd;
        if (
          gap >= 0 &&
          gap <= 2 &&
          view.lower.slice(d.mention.tokenEnd, t).every((w) => view.pack.grammar.ofWords.has(w)) &&
          knowledge.cue(view.lower[d.mention.tokenStart - 1] ?? '')
        ) {
          if (!has(ref.entity.id, d.entity.id)) {
            const cue = tokenSpan(view, d.mention.tokenStart - 1);
            out.push(
              rel(ref.entity.id, d.entity.id, view, 0.85, 'cue', cue, [ref.mention, d.mention]),
            );
          }
        }
      }
      // "Rosario, en Argentina" / "Salta (Argentina)"
      const next = view.lower[ref.mention.tokenEnd];
      // Not a list of places: "Georgia, Michigan, Pensilvania y Wisconsin".
      const listing = (w: string): boolean => w === ',' || view.pack.grammar.conjunctions.has(w);
      const inList = (from: number, to: number): boolean =>
        listing(view.lower[from - 1] ?? '') || listing(view.lower[to] ?? '');
      if (
        (next === ',' &&
          !inList(ref.mention.tokenStart, ref.mention.tokenEnd + 1) &&
          !listAfter(view, ref.mention.tokenEnd)) ||
        next === '('
      ) {
        const en = view.lower[ref.mention.tokenEnd + 1] === view.pack.verbs.locative;
        const after = view.mentions.find(
          (r) => r.mention.tokenStart === ref.mention.tokenEnd + (en ? 2 : 1),
        );
        if (
          after &&
          after.mention.form !== 'demonym' &&
          (after.entity.type === 'Country' || after.entity.type === 'Region') &&
          after.entity !== ref.entity &&
          !has(ref.entity.id, after.entity.id)
        ) {
          out.push(
            rel(
              ref.entity.id,
              after.entity.id,
              view,
              0.75,
              'place-apposition',
              en ? tokenSpan(view, ref.mention.tokenEnd + 1) : undefined,
              [ref.mention, after.mention],
            ),
          );
        }
      }
    }
  }
  for (const view of views)
    out.push(...eventPlaces(view), ...placeClasses(view), ...branches(view));
  // Gazetteer containment, when the sentence itself evokes the country by a demonym
  // ("el presidente argentino … en la ciudad de Rosario"): text and knowledge agree.
  for (const view of views) {
    for (const ref of view.mentions) {
      if (!isNonCountryPlaceType(ref.entity.type) || ref.mention.form === 'demonym') continue;
      const info =
        knowledge.places(ref.entity.name).find((p) => p.type === ref.entity.type) ??
        knowledge.places(ref.entity.name)[0];
      if (!info?.country) continue;
      const demonym = view.mentions.find(
        (d) =>
          d.mention.form === 'demonym' &&
          d.entity.type === 'Country' &&
          foldName(d.entity.name) === foldName(info.country!),
      );
      if (!demonym || has(ref.entity.id, demonym.entity.id)) continue;
      // Only a place the sentence treats as a location: "en la ciudad portuaria de X", not "la violencia de X".
      if (!locative(view, ref.mention.tokenStart, knowledge)) continue;
      out.push(
        rel(ref.entity.id, demonym.entity.id, view, 0.6, 'gazetteer+demonym', undefined, [
          ref.mention,
          demonym.mention,
        ]),
      );
    }
  }
  return out;
}

function rel(
  subject: number,
  object: number,
  view: SentenceView,
  confidence: number,
  rule: string,
  trigger: Span | undefined,
  mentions: readonly { start: number; end: number }[],
): ArticleRelation {
  return {
    subject,
    object,
    predicate: 'LOCATED_IN',
    certainty: 'stated',
    confidence,
    sentenceIndex: view.sentence.index,
    rule,
    ...(trigger ? { trigger } : {}),
    highlights: mentions.map((m) => ({ start: m.start, end: m.end })),
  };
}

/** "en X", "en la ciudad portuaria de X", "la provincia de X": the place is named as a location. */
function locative(view: SentenceView, start: number, knowledge: Knowledge): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
    const w = view.lower[k]!;
    if (w === view.pack.verbs.locative || knowledge.cue(w)) return true;
    if (
      w === ',' ||
      w === '.' ||
      view.mentions.some((r) => r.mention.tokenEnd === k + 1 && r.mention.tokenStart <= k)
    )
      return false;
  }
  return false;
}

/** "Arizona, Georgia, Michigan": a comma that continues a list of places. */
function listAfter(view: SentenceView, comma: number): boolean {
  const after = view.mentions.find((r) => r.mention.tokenStart === comma + 1);
  if (!after) return false;
  const next = view.lower[after.mention.tokenEnd];
  return next === ',' || view.pack.grammar.andWords.has(next ?? '');
}

/** "la Cumbre Bilateral que iban a celebrar el día 17 en Lima" → OCCURRED_IN Lima. */
function eventPlaces(view: SentenceView): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  for (const event of view.mentions) {
    if (event.entity.type !== 'Event' || event.mention.form === 'demonym') continue;
    for (
      let k = event.mention.tokenEnd;
      k < Math.min(view.lower.length, event.mention.tokenEnd + 12);
      k++
    ) {
      if (
        ['.', ';', ':'].includes(view.lower[k]!) ||
        view.mentions.some((r) => r.mention.tokenStart === k)
      )
        break;
      if (!view.pack.located.holdingVerbs.test(view.lower[k]!)) continue;
      for (let j = k + 1; j < Math.min(view.lower.length, k + 7); j++) {
        if (view.lower[j] !== view.pack.verbs.locative) continue;
        const place = view.mentions.find(
          (r) =>
            r.mention.tokenStart >= j + 1 &&
            r.mention.tokenStart <= j + 2 &&
            r.mention.form !== 'demonym' &&
            isPlaceType(r.entity.type),
        );
        if (place)
          out.push({
            ...rel(event.entity.id, place.entity.id, view, 0.6, 'event-place', tokenSpan(view, k), [
              event.mention,
              place.mention,
            ]),
            predicate: 'OCCURRED_IN',
          });
        break;
      }
      break;
    }
  }
  return out;
}

/** "Chile se convirtió en la tercera nación de Sudamérica en …" → Chile LOCATED_IN Sudamérica. */
function placeClasses(view: SentenceView): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  const { classCopulas, placeClassNouns } = view.pack.located;
  const { ofWords } = view.pack.grammar;
  view.lower.forEach((w, i) => {
    if (!classCopulas.test(w)) return;
    const subject = [...view.mentions]
      .reverse()
      .find(
        (r) =>
          r.mention.tokenEnd <= i && r.mention.tokenEnd >= i - 2 && r.mention.form !== 'demonym',
      );
    if (!subject || !isPlaceType(subject.entity.type)) return;
    let k = i + 1;
    if (view.lower[k] === view.pack.verbs.locative) k++;
    const isClass = (word: string): boolean => placeClassNouns.test(word);
    while (k < i + 6 && /^\p{Ll}+$/u.test(view.lower[k] ?? '') && !isClass(view.lower[k]!)) k++;
    if (!isClass(view.lower[k] ?? '') || !ofWords.has(view.lower[k + 1] ?? '')) return;
    const whole = view.mentions.find(
      (r) =>
        r.mention.tokenStart >= k + 2 &&
        r.mention.tokenStart <= k + 3 &&
        r.mention.form !== 'demonym',
    );
    if (
      whole &&
      whole.entity !== subject.entity &&
      (whole.entity.type === 'Region' || whole.entity.type === 'Country')
    ) {
      out.push(
        rel(subject.entity.id, whole.entity.id, view, 0.6, 'place-class', tokenSpan(view, k), [
          subject.mention,
          whole.mention,
        ]),
      );
    }
  });
  return out;
}

/** "la infraestructura del Banco Austral en México": a body's branch in a country. */
function branches(view: SentenceView): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  for (const org of view.mentions) {
    if (org.entity.type !== 'Organization' || org.mention.form === 'demonym') continue;
    const before = view.lower[org.mention.tokenStart - 1] ?? '';
    const { contractedOf, ofWords } = view.pack.grammar;
    const ofThe =
      contractedOf.has(before) ||
      (view.pack.roles.roleArticles.has(before) &&
        ofWords.has(view.lower[org.mention.tokenStart - 2] ?? ''));
    if (!ofThe) continue;
    if (view.lower[org.mention.tokenEnd] !== view.pack.verbs.locative) continue;
    const place = view.mentions.find(
      (r) =>
        r.mention.tokenStart === org.mention.tokenEnd + 1 &&
        r.mention.form !== 'demonym' &&
        r.entity.type !== 'Place' &&
        isPlaceType(r.entity.type),
    );
    if (place)
      out.push({
        ...rel(
          org.entity.id,
          place.entity.id,
          view,
          0.55,
          'branch',
          tokenSpan(view, org.mention.tokenEnd),
          [org.mention, place.mention],
        ),
        predicate: 'BASED_IN',
      });
  }
  return out;
}

/**
 * Scoring against the gold standard. Entities match on any shared name or alias (case- and
 * accent-insensitive, a leading article ignored) with the same coarse type (PER/ORG/LOC/MISC), one-to-one. Relations match on
 * the unordered pair of matched gold entities plus the category. Entities the gold lists as implicit
 * (evoked only by an adjective) are neither found nor spurious, and relations ending in one are dropped
 * from both sides.
 */
import { foldName } from '../../schema/index.js';
import { COARSE_TYPE, type EntityNode, type GraphEnvelope } from '../../schema/index.js';
import { classifyEntityErrors } from './classify.js';
import type { ArticleScore, Counts, GoldFile, Prf } from './types.js';

export function prf(c: Counts): Counts & Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Gold aliases keep the article they have in the text ("la Corona"); extracted names never do. */
const LEADING_ARTICLE = /^(el|la|los|las|the) (?=\S)/;
const forms = (name: string, aliases: readonly string[]): Set<string> =>
  new Set(
    [name, ...aliases]
      .map(foldName)
      .flatMap((f) => [f, f.replace(LEADING_ARTICLE, '')])
      .filter(Boolean),
  );

/** A predicted entity as the scorer sees it. */
export interface ScoredEntity {
  readonly key: string;
  readonly attributes: Pick<EntityNode, 'name' | 'aliases' | 'type'> &
    Partial<Pick<EntityNode, 'demonyms'>>;
}

export interface EntityAlignment {
  /** Predicted entity key → index of the gold entity it matched. */
  readonly predToGold: ReadonlyMap<string, number>;
  readonly goldTaken: ReadonlySet<number>;
  /** Predicted entities that matched no gold entity but an implicit one (never spurious). */
  readonly implicit: ReadonlySet<string>;
}

/**
 * One-to-one alignment of predicted to gold entities, the scorer's rule: a shared name or alias (folded,
 * a leading article ignored) with the same coarse type, strictest evidence first. Predictions left over
 * that match an implicit entity (name or demonym) are set apart.
 */
export function alignEntities(gold: GoldFile, predicted: readonly ScoredEntity[]): EntityAlignment {
  const goldForms = gold.entities.map((g) => forms(g.name, g.aliases));
  const predToGold = new Map<string, number>();
  const goldTaken = new Set<number>();
  // Greedy one-to-one, strictest evidence first: main name = gold name, then main name = a gold alias,
  // then any shared form. (Without the first pass, a prediction named like one gold entity's alias
  // could take that entity before the prediction carrying its name is considered.)
  const goldNames = gold.entities.map((g) => forms(g.name, []));
  for (const pass of ['name', 'nameAlias', 'alias'] as const) {
    for (const p of predicted) {
      if (predToGold.has(p.key)) continue;
      const pForms =
        pass === 'alias'
          ? forms(p.attributes.name, p.attributes.aliases)
          : forms(p.attributes.name, []);
      const target = pass === 'name' ? goldNames : goldForms;
      const index = gold.entities.findIndex(
        (g, i) =>
          !goldTaken.has(i) &&
          COARSE_TYPE[g.type] === COARSE_TYPE[p.attributes.type] &&
          [...pForms].some((f) => target[i]!.has(f)),
      );
      if (index >= 0) {
        predToGold.set(p.key, index);
        goldTaken.add(index);
      }
    }
  }
  const implicitForms = (gold.implicit_entities ?? []).map((g) => ({
    coarse: COARSE_TYPE[g.type],
    forms: forms(g.name, g.demonyms),
  }));
  const implicit = new Set<string>();
  for (const p of predicted) {
    if (predToGold.has(p.key)) continue;
    const pForms = forms(p.attributes.name, [
      ...p.attributes.aliases,
      ...(p.attributes.demonyms ?? []),
    ]);
    if (
      implicitForms.some(
        (g) =>
          g.coarse === COARSE_TYPE[p.attributes.type] && [...pForms].some((f) => g.forms.has(f)),
      )
    )
      implicit.add(p.key);
  }
  return { predToGold, goldTaken, implicit };
}

/** Gold relations as scored: unordered pair of gold entity indices + category; implicit ends dropped. */
export function goldRelationKeys(gold: GoldFile): Map<string, string> {
  const goldIndex = new Map(gold.entities.map((g, i) => [g.name, i]));
  const out = new Map<string, string>();
  for (const r of gold.relations) {
    const a = goldIndex.get(r.subject);
    const b = goldIndex.get(r.object);
    if (a !== undefined && b !== undefined && a !== b)
      out.set(pairKey(a, b, r.category), r.category);
  }
  return out;
}

export const pairKey = (a: number, b: number, category: string): string =>
  `${Math.min(a, b)}-${Math.max(a, b)}-${category}`;

export function scoreArticle(gold: GoldFile, envelope: GraphEnvelope): ArticleScore {
  const predicted = envelope.graph.nodes.filter((n) => n.attributes.kind === 'entity') as {
    key: string;
    attributes: EntityNode;
  }[];
  const { predToGold, goldTaken, implicit } = alignEntities(gold, predicted);
  const entities = prf({
    tp: goldTaken.size,
    fp: predicted.length - predToGold.size - implicit.size,
    fn: gold.entities.length - goldTaken.size,
  });
  const describe = (key: string): string => {
    const [a, b, category] = key.split('-');
    const found = goldTaken.has(Number(a)) && goldTaken.has(Number(b)) ? '' : ' [entity missed]';
    return `${gold.entities[Number(a)]?.name} ~ ${gold.entities[Number(b)]?.name} (${category})${found}`;
  };
  const goldRelCategories = goldRelationKeys(gold);
  const goldRel = new Set(goldRelCategories.keys());
  const predRel = new Map<string, string>();
  const spuriousRelations: string[] = [];
  for (const e of envelope.graph.edges) {
    if (e.attributes.kind !== 'relation') continue;
    // A relation with an end that the gold lists only as implicit is not scored (as in the gold).
    if (implicit.has(e.source) || implicit.has(e.target)) continue;
    const a = predToGold.get(e.source);
    const b = predToGold.get(e.target);
    if (a === undefined || b === undefined) {
      spuriousRelations.push(
        `${nameOf(envelope, e.source)} ${e.attributes.predicate} ${nameOf(envelope, e.target)} (unmatched entity)`,
      );
      predRel.set(`x:${e.key}:${e.attributes.category}`, e.attributes.category);
      continue;
    }
    const key = pairKey(a, b, e.attributes.category);
    if (!goldRel.has(key) && !predRel.has(key))
      spuriousRelations.push(
        `${nameOf(envelope, e.source)} ${e.attributes.predicate} ${nameOf(envelope, e.target)}`,
      );
    predRel.set(key, e.attributes.category);
  }
  const categories: Record<string, Counts> = {};
  const bump = (category: string, field: keyof Counts): void => {
    categories[category] ??= { tp: 0, fp: 0, fn: 0 };
    categories[category][field]++;
  };
  for (const [k, c] of predRel) bump(c, goldRel.has(k) ? 'tp' : 'fp');
  for (const [k, c] of goldRelCategories) if (!predRel.has(k)) bump(c, 'fn');
  const tp = [...predRel.keys()].filter((k) => goldRel.has(k)).length;
  const relations = prf({ tp, fp: predRel.size - tp, fn: goldRel.size - tp });
  const missedEntities = gold.entities
    .filter((_, i) => !goldTaken.has(i))
    .map((g) => `${g.name} (${g.type})`);
  const spuriousEntities = predicted
    .filter((p) => !predToGold.has(p.key) && !implicit.has(p.key))
    .map((p) => `${p.attributes.name} (${p.attributes.type})`);
  return {
    article: gold.article,
    entities,
    relations,
    missedEntities,
    spuriousEntities,
    entityErrors: classifyEntityErrors(
      gold,
      predicted.map((p) => p.attributes),
      spuriousEntities,
      missedEntities,
    ),
    missedRelations: [...goldRel].filter((k) => !predRel.has(k)).map(describe),
    spuriousRelations,
    categories,
  };
}

function nameOf(envelope: GraphEnvelope, key: string): string {
  const node = envelope.graph.nodes.find((n) => n.key === key);
  return node ? node.attributes.name : key;
}

export function sumCounts(items: readonly Counts[]): Counts {
  return items.reduce((acc, c) => ({ tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

/**
 * Scoring against the gold standard. Entities match on any shared name or alias (case- and
 * accent-insensitive, a leading article ignored) with the same coarse type (PER/ORG/LOC/MISC), one-to-one. Relations match on
 * the unordered pair of matched gold entities plus the category.
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

export function scoreArticle(gold: GoldFile, envelope: GraphEnvelope): ArticleScore {
  const predicted = envelope.graph.nodes.filter((n) => n.attributes.kind === 'entity') as {
    key: string;
    attributes: EntityNode;
  }[];
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
  const entities = prf({
    tp: goldTaken.size,
    fp: predicted.length - predToGold.size,
    fn: gold.entities.length - goldTaken.size,
  });

  const goldIndex = new Map(gold.entities.map((g, i) => [g.name, i]));
  const pairKey = (a: number, b: number, category: string): string =>
    `${Math.min(a, b)}-${Math.max(a, b)}-${category}`;
  const describe = (key: string): string => {
    const [a, b, category] = key.split('-');
    const found = goldTaken.has(Number(a)) && goldTaken.has(Number(b)) ? '' : ' [entity missed]';
    return `${gold.entities[Number(a)]?.name} ~ ${gold.entities[Number(b)]?.name} (${category})${found}`;
  };
  const goldRel = new Set<string>();
  for (const r of gold.relations) {
    const a = goldIndex.get(r.subject);
    const b = goldIndex.get(r.object);
    if (a !== undefined && b !== undefined && a !== b) goldRel.add(pairKey(a, b, r.category));
  }
  const predRel = new Set<string>();
  const spuriousRelations: string[] = [];
  for (const e of envelope.graph.edges) {
    if (e.attributes.kind !== 'relation') continue;
    const a = predToGold.get(e.source);
    const b = predToGold.get(e.target);
    if (a === undefined || b === undefined) {
      spuriousRelations.push(
        `${nameOf(envelope, e.source)} ${e.attributes.predicate} ${nameOf(envelope, e.target)} (unmatched entity)`,
      );
      predRel.add(`x:${e.key}:${e.attributes.category}`);
      continue;
    }
    const key = pairKey(a, b, e.attributes.category);
    if (!goldRel.has(key) && !predRel.has(key))
      spuriousRelations.push(
        `${nameOf(envelope, e.source)} ${e.attributes.predicate} ${nameOf(envelope, e.target)}`,
      );
    predRel.add(key);
  }
  const tp = [...predRel].filter((k) => goldRel.has(k)).length;
  const relations = prf({ tp, fp: predRel.size - tp, fn: goldRel.size - tp });
  const missedEntities = gold.entities
    .filter((_, i) => !goldTaken.has(i))
    .map((g) => `${g.name} (${g.type})`);
  const spuriousEntities = predicted
    .filter((p) => !predToGold.has(p.key))
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

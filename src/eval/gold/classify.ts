/**
 * Error classes for entity scoring, to see which kind of mistake dominates:
 *  spurious side (a prediction that matched no gold entity):
 *    - `type`: it shares a name or alias with a gold entity of another coarse type;
 *    - `split`: it shares a form with a gold entity another prediction already took (coreference split);
 *    - `boundary`: one of its forms contains, or is contained in, a gold form (word-wise);
 *    - `spurious`: none of these;
 *  missed side (a gold entity no prediction took):
 *    - `missed-type`: a prediction carries one of its forms with another coarse type;
 *    - `merged`: a prediction carries one of its forms but was matched to another gold entity;
 *    - `missed-boundary`: a prediction's form overlaps one of its forms word-wise;
 *    - `missed`: nothing overlaps.
 */
import { COARSE_TYPE, foldName, type EntityNode, type EntityType } from '../../schema/index.js';
import type { EntityError, EntityErrorKind, GoldFile } from './types.js';

interface Named {
  readonly name: string;
  readonly type: EntityType;
  readonly forms: ReadonlySet<string>;
}

const LEADING_ARTICLE = /^(el|la|los|las|the) (?=\S)/;
const formsOf = (name: string, aliases: readonly string[]): Set<string> =>
  new Set(
    [name, ...aliases]
      .map(foldName)
      .flatMap((f) => [f, f.replace(LEADING_ARTICLE, '')])
      .filter(Boolean),
  );
const label = (x: Named): string => `${x.name} (${x.type})`;
const shares = (a: Named, b: Named): boolean => [...a.forms].some((f) => b.forms.has(f));
const overlaps = (a: Named, b: Named): boolean =>
  [...a.forms].some((x) =>
    [...b.forms].some((y) => ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)),
  );

/**
 * `spurious` and `missed` are the "name (Type)" strings of the article score; `predicted` the entity nodes.
 */
export function classifyEntityErrors(
  gold: GoldFile,
  predicted: readonly EntityNode[],
  spurious: readonly string[],
  missed: readonly string[],
): EntityError[] {
  const golds: Named[] = gold.entities.map((g) => ({
    name: g.name,
    type: g.type,
    forms: formsOf(g.name, g.aliases),
  }));
  const preds: Named[] = predicted.map((p) => ({
    name: p.name,
    type: p.type,
    forms: formsOf(p.name, p.aliases),
  }));
  const spuriousSet = new Set(spurious);
  const missedSet = new Set(missed);
  const out: EntityError[] = [];
  for (const p of preds.filter((x) => spuriousSet.has(label(x)))) {
    const same = golds.filter((g) => shares(p, g));
    const otherType = same.filter((g) => COARSE_TYPE[g.type] !== COARSE_TYPE[p.type]);
    const near = golds.filter((g) => overlaps(p, g));
    const kind: EntityErrorKind = otherType.length
      ? 'type'
      : same.length
        ? 'split'
        : near.length
          ? 'boundary'
          : 'spurious';
    out.push({
      kind,
      item: label(p),
      related: (otherType.length ? otherType : same.length ? same : near).map(label),
    });
  }
  for (const g of golds.filter((x) => missedSet.has(label(x)))) {
    const same = preds.filter((p) => shares(p, g));
    const otherType = same.filter((p) => COARSE_TYPE[g.type] !== COARSE_TYPE[p.type]);
    const near = preds.filter((p) => overlaps(p, g));
    const kind: EntityErrorKind = otherType.length
      ? 'missed-type'
      : same.length
        ? 'merged'
        : near.length
          ? 'missed-boundary'
          : 'missed';
    out.push({
      kind,
      item: label(g),
      related: (otherType.length ? otherType : same.length ? same : near).map(label),
    });
  }
  return out;
}

/** Count of each error kind. */
export function countErrorKinds(errors: readonly EntityError[]): Record<EntityErrorKind, number> {
  const counts: Record<EntityErrorKind, number> = {
    type: 0,
    split: 0,
    boundary: 0,
    spurious: 0,
    'missed-type': 0,
    merged: 0,
    'missed-boundary': 0,
    missed: 0,
  };
  for (const e of errors) counts[e.kind]++;
  return counts;
}

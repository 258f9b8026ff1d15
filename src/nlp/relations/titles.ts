/**
 * Affiliation relations from titles and appositions: "el ministro … ruso, X" → X MINISTER_OF Rusia.
 * An unqualified national title ("el presidente X") takes the country of the first person in the
 * sentence whose own title names one (the speaker's president); otherwise it yields no relation.
 */
import { foldName } from '../../schema/index.js';
import type { ArticleEntity } from '../types.js';
import type { MentionRole } from '../roles/index.js';
import type { ArticleRelation } from './types.js';

export function titleRelations(
  roles: readonly MentionRole[],
  entities: readonly ArticleEntity[],
  certaintyOf: (sentenceIndex: number) => ArticleRelation['certainty'],
): ArticleRelation[] {
  const entityOfMention = (start: number): ArticleEntity | undefined =>
    entities.find(
      (e) =>
        e.mentions.some((m) => m.start === start) ||
        e.demonymMentions.some((m) => m.start === start),
    );
  const named = (name: string): ArticleEntity | undefined =>
    entities.find((e) => foldName(e.name) === foldName(name));
  const countryOf = new Map<number, ArticleEntity>();
  const resolved: { role: MentionRole; holder: ArticleEntity; of?: ArticleEntity }[] = [];
  for (const role of roles) {
    const holder = entityOfMention(role.holder.start);
    if (!holder || holder.type !== 'Person') continue;
    const of = role.of
      ? entityOfMention(role.of.start)
      : role.ofTarget
        ? named(role.ofTarget)
        : undefined;
    if (of?.type === 'Country' && role.role.national) countryOf.set(holder.id, of);
    resolved.push({ role, holder, ...(of ? { of } : {}) });
  }
  const out: ArticleRelation[] = [];
  for (const { role, holder, of } of resolved) {
    let target = of;
    let confidence = 0.9;
    if (!target && role.role.national && !role.anaphoric) {
      const peers = entities
        .filter(
          (e) =>
            e !== holder &&
            countryOf.has(e.id) &&
            e.mentions.some((m) => m.sentenceIndex === role.sentenceIndex),
        )
        .sort((a, b) => firstIn(a, role.sentenceIndex) - firstIn(b, role.sentenceIndex));
      target = peers.length ? countryOf.get(peers[0]!.id) : undefined;
      confidence = 0.6;
    }
    if (!target || target === holder) continue;
    out.push({
      subject: holder.id,
      object: target.id,
      // The country decides which office some titles name ("canciller": foreign minister or head of government).
      predicate:
        (target.type === 'Country'
          ? role.role.predicateIn?.get(foldName(target.name))
          : undefined) ?? role.role.predicate,
      certainty: certaintyOf(role.sentenceIndex),
      confidence,
      sentenceIndex: role.sentenceIndex,
      rule: 'title',
      trigger: role.title,
      highlights: [
        { start: role.holder.start, end: role.holder.end },
        ...(role.of ? [{ start: role.of.start, end: role.of.end }] : []),
      ],
    });
  }
  return out;
}

function firstIn(entity: ArticleEntity, sentenceIndex: number): number {
  return Math.min(
    ...entity.mentions.filter((m) => m.sentenceIndex === sentenceIndex).map((m) => m.start),
  );
}

/** Entity nodes: `(:Entity:<Type> {key, kind, type, name, aliases, demonyms, typeSource, mentionCount})`. */
import { EntityTypeSchema, type EntityNode } from '../../schema/index.js';
import { KEY_LABEL, entityLabel } from '../model.js';
import type { DecodedLinks, NodeRow } from './node.js';
import { decodeWith, list, optional, strs, type Props, type PropertySpec } from './props.js';

export const ENTITY_PROPERTIES: readonly PropertySpec[] = [
  { name: 'key', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'aliases', type: 'string[]' },
  { name: 'demonyms', type: 'string[]' },
  { name: 'typeSource', type: 'string' },
  /** Set by the store (mentions over all MENTIONED_IN links), not by `encodeEntity`. */
  { name: 'mentionCount', type: 'long' },
];

export function encodeEntity(key: string, a: EntityNode): NodeRow {
  return {
    key,
    keyLabel: KEY_LABEL.entity,
    typeLabel: entityLabel(a.type),
    props: {
      key,
      kind: a.kind,
      type: a.type,
      name: a.name,
      aliases: list(a.aliases),
      demonyms: list(a.demonyms),
      typeSource: a.typeSource ?? null,
    },
  };
}

export function decodeEntity(p: Props, links: DecodedLinks, where: string): EntityNode {
  return {
    kind: 'entity',
    type: decodeWith(EntityTypeSchema, p.type, where, 'type'),
    name: String(p.name),
    mentions: links.mentions,
    articles: links.articles,
    aliases: strs(p.aliases),
    demonyms: strs(p.demonyms),
    mentionCount: Number(p.mentionCount ?? links.mentions.length),
    ...optional('typeSource', p.typeSource as string | null),
  };
}

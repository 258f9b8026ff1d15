/** Date nodes: `(:Date {key, kind, type, name, iso})`; `iso` is absent for relative expressions. */
import type { DateNode } from '../../schema/index.js';
import { KEY_LABEL } from '../model.js';
import type { DecodedLinks, NodeRow } from './node.js';
import type { Props, PropertySpec } from './props.js';

export const DATE_PROPERTIES: readonly PropertySpec[] = [
  { name: 'key', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'iso', type: 'string' },
];

export function encodeDate(key: string, a: DateNode): NodeRow {
  return {
    key,
    keyLabel: KEY_LABEL.date,
    typeLabel: null,
    props: { key, kind: a.kind, type: a.type, name: a.name, iso: a.iso },
  };
}

export function decodeDate(p: Props, links: DecodedLinks): DateNode {
  return {
    kind: 'date',
    type: 'Date',
    name: String(p.name),
    mentions: links.mentions,
    articles: links.articles,
    iso: typeof p.iso === 'string' ? p.iso : null,
  };
}

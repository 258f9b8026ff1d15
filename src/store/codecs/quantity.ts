/** Quantity nodes: `(:Quantity {key, kind, type, name, value, unit})`; value and unit may be absent. */
import type { QuantityNode } from '../../schema/index.js';
import { KEY_LABEL } from '../model.js';
import type { DecodedLinks, NodeRow } from './node.js';
import type { Props, PropertySpec } from './props.js';

export const QUANTITY_PROPERTIES: readonly PropertySpec[] = [
  { name: 'key', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'value', type: 'double' },
  { name: 'unit', type: 'string' },
];

export function encodeQuantity(key: string, a: QuantityNode): NodeRow {
  return {
    key,
    keyLabel: KEY_LABEL.quantity,
    typeLabel: null,
    props: { key, kind: a.kind, type: a.type, name: a.name, value: a.value, unit: a.unit },
  };
}

export function decodeQuantity(p: Props, links: DecodedLinks): QuantityNode {
  return {
    kind: 'quantity',
    type: 'Quantity',
    name: String(p.name),
    mentions: links.mentions,
    articles: links.articles,
    value: p.value === null || p.value === undefined ? null : Number(p.value),
    unit: typeof p.unit === 'string' ? p.unit : null,
  };
}

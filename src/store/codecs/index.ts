/**
 * One codec per node and edge kind: how a schema value is stored in Neo4j (encode), what property set
 * and types that gives (`*_PROPERTIES`, the bulk import's CSV headers), and how it is read back
 * (decode). The writer, the reader, the warm-up and the bulk import all go through these.
 */
import type { DateNode, EntityNode, NodeAttributes, QuantityNode } from '../../schema/index.js';
import { SchemaError } from '../../schema/index.js';
import type { GraphNodeKind } from '../model.js';
import { DATE_PROPERTIES, decodeDate, encodeDate } from './date.js';
import { ENTITY_PROPERTIES, decodeEntity, encodeEntity } from './entity.js';
import type { DecodedLinks, NodeRow } from './node.js';
import type { Props, PropertySpec } from './props.js';
import { QUANTITY_PROPERTIES, decodeQuantity, encodeQuantity } from './quantity.js';

export * from './props.js';
export * from './node.js';
export * from './evidence.js';
export * from './mention.js';
export * from './entity.js';
export * from './date.js';
export * from './quantity.js';
export * from './article.js';
export * from './relation.js';
export * from './cooccurrence.js';

type GraphNode = Exclude<NodeAttributes, { kind: 'article' }>;

interface NodeCodec<A extends GraphNode> {
  properties: readonly PropertySpec[];
  encode(key: string, a: A): NodeRow;
  decode(p: Props, links: DecodedLinks, where: string): A;
}

/** The node codecs by kind: a registry, so a new kind is one entry here. */
export const NODE_CODECS: {
  entity: NodeCodec<EntityNode>;
  date: NodeCodec<DateNode>;
  quantity: NodeCodec<QuantityNode>;
} = {
  entity: { properties: ENTITY_PROPERTIES, encode: encodeEntity, decode: decodeEntity },
  date: { properties: DATE_PROPERTIES, encode: encodeDate, decode: decodeDate },
  quantity: { properties: QUANTITY_PROPERTIES, encode: encodeQuantity, decode: decodeQuantity },
} satisfies Record<GraphNodeKind, unknown>;

export function encodeNode(key: string, a: GraphNode): NodeRow {
  return (NODE_CODECS[a.kind] as NodeCodec<GraphNode>).encode(key, a);
}

/** A stored node back to schema attributes, by its `kind` property. */
export function decodeNode(p: Props, links: DecodedLinks, where: string): GraphNode {
  const kind = p.kind as string;
  if (!Object.prototype.hasOwnProperty.call(NODE_CODECS, kind))
    throw new SchemaError(
      where,
      [`property kind holds ${JSON.stringify(kind)}, not a node kind`],
      'stored graph',
    );
  return (NODE_CODECS[kind as GraphNodeKind] as NodeCodec<GraphNode>).decode(p, links, where);
}

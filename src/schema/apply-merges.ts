/**
 * Applies "same entity" merges to a graph envelope: node `from` is folded into node `into` (names
 * become aliases, mentions, articles and every edge move; edges that land on an existing key are
 * combined; edges between the two disappear). Pure: returns a new envelope and what it did. In the
 * schema because `trama ingest --merges` and the viewer's curation must merge exactly alike.
 *
 * Merges naming a node the graph does not have are skipped (a merge list outlives the articles it was
 * made on); chains (B into A, then C into B) resolve to the node that remains.
 */
import { makeEnvelope } from './envelope.js';
import type {
  EdgeAttributes,
  EntityNode,
  GraphEnvelope,
  NodeAttributes,
  SerializedEdge,
} from './graph-file.js';
import { mentionedInKey, relationKey } from './keys.js';
import type { Merge } from './merges.js';
import { foldName } from './names.js';
import { validateGraphEnvelope } from './validate.js';

export interface MergeOutcome {
  envelope: GraphEnvelope;
  applied: Merge[];
  /** Merges not applied, with the reason ("no node X", "X is not an entity"). */
  skipped: Array<{ merge: Merge; reason: string }>;
}

const union = (a: readonly string[], b: readonly string[]): string[] =>
  [...new Set([...a, ...b])].sort();

/** The forms that are not the same name as `except` or as each other, under the one name folding. */
function distinct(forms: readonly string[], except: string): string[] {
  const seen = new Map<string, string>([[foldName(except), except]]);
  for (const f of forms) if (!seen.has(foldName(f))) seen.set(foldName(f), f);
  seen.delete(foldName(except));
  return [...seen.values()];
}

export function mergeEntityNodes(into: EntityNode, from: EntityNode): EntityNode {
  return {
    ...into,
    aliases: distinct([...into.aliases, from.name, ...from.aliases], into.name),
    demonyms: distinct([...into.demonyms, ...from.demonyms], ''),
    mentions: [...into.mentions, ...from.mentions].sort(
      (a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start,
    ),
    mentionCount: into.mentionCount + from.mentionCount,
    articles: union(into.articles, from.articles),
  };
}

/** Combines two edges that end up with the same key. */
function combineEdges(a: EdgeAttributes, b: EdgeAttributes): EdgeAttributes {
  if (a.kind === 'relation' && b.kind === 'relation') {
    const seen = new Set(a.evidence.map((e) => `${e.articleId}#${e.sentenceIndex}`));
    return {
      ...a,
      certainty: a.certainty === 'stated' || b.certainty === 'stated' ? 'stated' : 'reported',
      confidence: Math.max(a.confidence, b.confidence),
      evidence: [
        ...a.evidence,
        ...b.evidence.filter((e) => !seen.has(`${e.articleId}#${e.sentenceIndex}`)),
      ],
      articles: union(a.articles, b.articles),
      dates: union(a.dates, b.dates),
    };
  }
  if (a.kind === 'cooccurrence' && b.kind === 'cooccurrence')
    return { ...a, count: a.count + b.count, articles: union(a.articles, b.articles) };
  if (a.kind === 'mentioned_in' && b.kind === 'mentioned_in')
    return { ...a, count: a.count + b.count };
  return a;
}

function edgeKey(edge: SerializedEdge, source: string, target: string): string {
  const a = edge.attributes;
  if (a.kind === 'relation') return relationKey(source, a.predicate, target);
  if (a.kind === 'mentioned_in') return mentionedInKey(source, target);
  const [x, y] = [source, target].sort() as [string, string];
  return relationKey(x, a.predicate, y);
}

export function applyMerges(envelope: GraphEnvelope, merges: readonly Merge[]): MergeOutcome {
  const nodes = new Map<string, NodeAttributes>(
    envelope.graph.nodes.map((n) => [n.key, n.attributes]),
  );
  /** Where each merged-away node went. */
  const movedTo = new Map<string, string>();
  const resolve = (key: string): string => {
    let k = key;
    while (movedTo.has(k)) k = movedTo.get(k)!;
    return k;
  };
  const applied: Merge[] = [];
  const skipped: MergeOutcome['skipped'] = [];
  for (const merge of merges) {
    const into = resolve(merge.into);
    const from = resolve(merge.from);
    const a = nodes.get(into);
    const b = nodes.get(from);
    const reason = !a
      ? `no node ${JSON.stringify(merge.into)}`
      : !b
        ? `no node ${JSON.stringify(merge.from)}`
        : into === from
          ? 'already the same node'
          : a.kind !== 'entity'
            ? `${JSON.stringify(into)} is not an entity`
            : b.kind !== 'entity'
              ? `${JSON.stringify(from)} is not an entity`
              : null;
    if (reason !== null || a?.kind !== 'entity' || b?.kind !== 'entity') {
      skipped.push({ merge, reason: reason ?? 'not entities' });
      continue;
    }
    nodes.set(into, mergeEntityNodes(a, b));
    nodes.delete(from);
    movedTo.set(from, into);
    applied.push(merge);
  }
  if (applied.length === 0) return { envelope, applied, skipped };

  const edges = new Map<string, SerializedEdge>();
  for (const edge of envelope.graph.edges) {
    const source = resolve(edge.source);
    const target = resolve(edge.target);
    if (source === target && !envelope.graph.options.allowSelfLoops) continue;
    const moved = source !== edge.source || target !== edge.target;
    const key = moved ? edgeKey(edge, source, target) : edge.key;
    const prev = edges.get(key);
    edges.set(key, {
      key,
      source,
      target,
      attributes: prev ? combineEdges(prev.attributes, edge.attributes) : edge.attributes,
    });
  }
  const nodeList = envelope.graph.nodes
    .filter((n) => nodes.has(n.key))
    .map((n) => ({ key: n.key, attributes: nodes.get(n.key)! }));
  const edgeList = [...edges.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const merged = makeEnvelope({
    generator: envelope.meta.generator,
    origin: envelope.meta.origin,
    nodes: nodeList,
    edges: edgeList,
    // Merges move mentions between entities, never articles: the file's article count stands.
    counts: { articleCount: envelope.meta.articleCount },
    attributes: envelope.graph.attributes,
    options: envelope.graph.options,
  });
  return { envelope: validateGraphEnvelope(merged, 'applyMerges'), applied, skipped };
}

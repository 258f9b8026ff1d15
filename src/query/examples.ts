/**
 * Example Cypher queries over a trama graph: the README shows them, `trama query --example NAME` runs
 * them, and the tests run exactly these. Entity names for `params` come from the data file
 * graph-data/sample-query-params.json (names of the shipped sample graph, never written in the
 * code), so every example returns rows on it; pass --param for your own graph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

const SAMPLE_PARAMS = JSON.parse(
  readFileSync(join(PACKAGE_ROOT, 'graph-data', 'sample-query-params.json'), 'utf8'),
) as Record<string, Record<string, unknown>>;
const sampleParams = (name: string): Record<string, unknown> => SAMPLE_PARAMS[name] ?? {};

export interface ExampleQuery {
  name: string;
  description: string;
  cypher: string;
  params: Record<string, unknown>;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    name: 'who-met-whom',
    description: 'Who met whom, with how many articles report it',
    cypher: `MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)
RETURN a.name AS who, b.name AS met, size(r.articles) AS articles, r.evidence[0] AS evidence
ORDER BY articles DESC, who, met
LIMIT $limit`,
    params: { limit: 25 },
  },
  {
    name: 'neighbourhood',
    description: "An entity's 2-hop neighbourhood (relations only, not articles)",
    cypher: `MATCH (e:Entity {name: $name})-[rels*1..2]-(other:Entity)
WHERE other <> e AND none(r IN rels WHERE type(r) IN ['MENTIONED_IN', 'CO_OCCURS_WITH'])
RETURN DISTINCT other.name AS name, other.type AS type, min(size(rels)) AS hops
ORDER BY hops, name`,
    params: sampleParams('neighbourhood'),
  },
  {
    name: 'relations-with-evidence',
    description: 'All relations of an entity, both directions, with their evidence sentences',
    cypher: `MATCH (e:Entity {name: $name})-[r]-(other:Entity)
WHERE NOT type(r) IN ['MENTIONED_IN', 'CO_OCCURS_WITH']
RETURN CASE WHEN startNode(r) = e THEN e.name ELSE other.name END AS subject,
       type(r) AS predicate,
       CASE WHEN startNode(r) = e THEN other.name ELSE e.name END AS object,
       r.certainty AS certainty, r.confidence AS confidence, r.evidence AS evidence
ORDER BY predicate, object`,
    params: sampleParams('relations-with-evidence'),
  },
  {
    name: 'shortest-path',
    description: 'Shortest chain of relations between two entities',
    cypher: `MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE none(r IN relationships(p) WHERE type(r) IN ['MENTIONED_IN', 'CO_OCCURS_WITH'])
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS predicates, length(p) AS hops`,
    params: sampleParams('shortest-path'),
  },
  {
    name: 'most-mentioned',
    description: 'Most-mentioned entities, with the number of articles they appear in',
    cypher: `MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article)
RETURN e.name AS name, e.type AS type, sum(m.count) AS mentions, count(a) AS articles
ORDER BY mentions DESC, name
LIMIT $limit`,
    params: { limit: 20 },
  },
  {
    name: 'articles-mentioning-both',
    description: 'Articles that mention two given entities',
    cypher: `MATCH (a:Entity {name: $first})-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(b:Entity {name: $second})
RETURN art.title AS title, art.source AS source, art.id AS id
ORDER BY title`,
    params: sampleParams('articles-mentioning-both'),
  },
];

export function exampleQuery(name: string): ExampleQuery | undefined {
  return EXAMPLE_QUERIES.find((q) => q.name === name);
}

/**
 * The baseline for the Neo4j writer benchmark: one auto-commit statement per node and per relation,
 * the way a first naive loader would do it. Not used by trama itself.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphEnvelope } from '../../src/schema/index.js';
import type { Neo4jConfig } from '../../src/store/index.js';
import { splitContributions } from '../../src/store/index.js';

export async function naiveStore(
  driver: Driver,
  config: Neo4jConfig,
  envelope: GraphEnvelope,
): Promise<void> {
  const session = driver.session(config.database ? { database: config.database } : {});
  try {
    const { articles } = splitContributions(envelope);
    const seenNodes = new Set<string>();
    for (const c of articles) {
      for (const n of c.nodes) {
        if (seenNodes.has(n.key)) continue;
        seenNodes.add(n.key);
        await session.run('MERGE (n:Entity {key: $key}) SET n += $props SET n:$($typeLabel)', {
          key: n.key,
          props: n.props,
          typeLabel: n.typeLabel,
        });
      }
      for (const r of c.relations) {
        await session.run(
          `MATCH (s:Entity {key: $source}) MATCH (o:Entity {key: $target})
MERGE (s)-[r:$($type) {id: $id}]->(o)
SET r += $props, r.key = $key, r.evidence = $texts, r.evidenceArticles = $articles`,
          {
            source: r.source,
            target: r.target,
            type: r.type,
            id: r.id,
            key: r.key,
            props: r.props,
            texts: r.evidence.map((e) => e.t),
            articles: r.evidence.map((e) => e.a),
          },
        );
      }
    }
  } finally {
    await session.close();
  }
}

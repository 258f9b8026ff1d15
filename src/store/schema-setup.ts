/**
 * Constraints and indexes, created before any data is loaded. Only missing ones are created, so the
 * call is cheap on a prepared database.
 */
import type { Driver } from 'neo4j-driver';
import { ENTITY_TYPES } from '../schema/index.js';
import type { Neo4jConfig } from './config.js';
import { LOCK_ID } from './cypher.js';
import { sessionConfig } from './driver.js';
import { neo4jError } from './errors.js';
import { ARTICLE_LABEL, KEY_LABELS, LOCK_LABEL, entityLabel } from './model.js';

export interface SchemaItem {
  name: string;
  cypher: string;
}

/** Every constraint and index trama relies on, by name. */
export function schemaItems(): SchemaItem[] {
  const items: SchemaItem[] = [];
  for (const label of KEY_LABELS) {
    items.push({
      name: `trama_${label.toLowerCase()}_key`,
      cypher: `CREATE CONSTRAINT trama_${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`,
    });
  }
  items.push({
    name: 'trama_article_id',
    cypher: `CREATE CONSTRAINT trama_article_id IF NOT EXISTS FOR (a:${ARTICLE_LABEL}) REQUIRE a.id IS UNIQUE`,
  });
  items.push({
    name: 'trama_lock_id',
    cypher: `CREATE CONSTRAINT trama_lock_id IF NOT EXISTS FOR (l:${LOCK_LABEL}) REQUIRE l.id IS UNIQUE`,
  });
  items.push({
    name: 'trama_article_source_key',
    cypher: `CREATE INDEX trama_article_source_key IF NOT EXISTS FOR (a:${ARTICLE_LABEL}) ON (a.sourceKey)`,
  });
  items.push({
    name: 'trama_entity_name',
    cypher: 'CREATE INDEX trama_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  });
  for (const type of ENTITY_TYPES) {
    const label = entityLabel(type);
    items.push({
      name: `trama_${label.toLowerCase()}_name`,
      cypher: `CREATE INDEX trama_${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
    });
  }
  return items;
}

export interface SchemaSetupResult {
  created: string[];
}

export async function ensureNeo4jSchema(
  driver: Driver,
  config: Neo4jConfig,
): Promise<SchemaSetupResult> {
  const session = driver.session(sessionConfig(config, 'WRITE'));
  try {
    const existing = new Set<string>();
    for (const show of ['SHOW CONSTRAINTS YIELD name', 'SHOW INDEXES YIELD name']) {
      const result = await session.run(show);
      for (const record of result.records) existing.add(record.get('name') as string);
    }
    const created: string[] = [];
    for (const item of schemaItems()) {
      if (existing.has(item.name)) continue;
      try {
        await session.run(item.cypher);
        created.push(item.name);
      } catch (error) {
        // A concurrent writer created it between SHOW and CREATE.
        if (!/AlreadyExists/.test(String((error as { code?: string }).code))) throw error;
      }
    }
    if (created.length) await session.run('CALL db.awaitIndexes(300)');
    await session.executeWrite((tx) =>
      tx.run(`MERGE (:${LOCK_LABEL} {id: $lockId})`, { lockId: LOCK_ID }),
    );
    return { created };
  } catch (error) {
    throw neo4jError(error, config, 'creating constraints and indexes');
  } finally {
    await session.close();
  }
}

/** The Neo4j connection flags shared by `ingest`, `export`, `query` and `serve`. */
import type { Command } from 'commander';

export function addNeo4jConnectionOptions(command: Command): Command {
  return command
    .option(
      '--neo4j-uri <uri>',
      'Neo4j URI: bolt://, neo4j:// (routing: clusters, Aura), +s/+ssc for TLS (default NEO4J_URI or bolt://127.0.0.1:7687)',
    )
    .option('--neo4j-user <name>', 'Neo4j user (default NEO4J_USERNAME or neo4j)')
    .option(
      '--neo4j-password <password>',
      'Neo4j password (default NEO4J_PASSWORD or trama-dev-password)',
    )
    .option(
      '--neo4j-database <name>',
      'Neo4j database (default NEO4J_DATABASE or the server default)',
    );
}

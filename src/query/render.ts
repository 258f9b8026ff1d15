/** Markdown for the example queries, placed between markers in a document (README.md). */
import { EXAMPLE_QUERIES } from './examples.js';

export const QUERIES_START =
  '<!-- example-queries:start (generated from src/query/examples.ts by npm run docs:queries) -->';
export const QUERIES_END = '<!-- example-queries:end -->';

export function exampleQueriesMarkdown(): string {
  return EXAMPLE_QUERIES.map((q) => {
    const params = Object.keys(q.params ?? {}).length
      ? ` Parameters (from the sample graph): \`${JSON.stringify(q.params)}\`.`
      : '';
    return `**${q.name}** — ${q.description}. Run it: \`npx trama query --example ${q.name}\`.${params}\n\n\`\`\`cypher\n${q.cypher.trim()}\n\`\`\``;
  }).join('\n\n');
}

/** The document with the block between the markers replaced; unchanged when the markers are absent. */
export function renderExampleQueries(document: string): string {
  const start = document.indexOf(QUERIES_START);
  const end = document.indexOf(QUERIES_END);
  if (start < 0 || end < start) return document;
  return `${document.slice(0, start + QUERIES_START.length)}\n${exampleQueriesMarkdown()}\n${document.slice(end)}`;
}

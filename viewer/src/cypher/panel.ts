/** The Cypher panel: a read-only query, its result as a table, its nodes lit up in the graph. */
import { el } from '../ui/dom.js';
import { ApiError, runCypher, type Health } from './api.js';
import { matchResultNodes } from './match-nodes.js';

export interface CypherHooks {
  hasNode(key: string): boolean;
  highlight(keys: Set<string> | null): void;
}

const EXAMPLE = 'MATCH (p:Person)-[r]->(o)\nRETURN p.key, type(r), o.key\nLIMIT 25';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function table(columns: string[], rows: unknown[][]): HTMLElement {
  return el(
    'table',
    { className: 'result-table', id: 'cypher-result' },
    el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', {}, c)))),
    el(
      'tbody',
      {},
      ...rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, cellText(cell))))),
    ),
  );
}

export function renderCypherPanel(
  container: HTMLElement,
  health: Health | null,
  hooks: CypherHooks,
): void {
  container.className = 'cypher';
  if (!health) {
    container.replaceChildren(
      el(
        'p',
        { className: 'hint' },
        'Opened without the trama server: Cypher needs ',
        el('code', {}, 'trama serve'),
        '.',
      ),
    );
    return;
  }
  if (!health.neo4j) {
    container.replaceChildren(
      el(
        'p',
        { className: 'hint', id: 'cypher-unavailable' },
        'No Neo4j connected. Start one with ',
        el('code', {}, 'trama neo4j start'),
        ' (or ',
        el('code', {}, 'docker compose up -d neo4j'),
        '), load the graph with ',
        el('code', {}, 'trama ingest'),
        ', then restart ',
        el('code', {}, 'trama serve'),
        '.',
      ),
    );
    return;
  }
  const input = el('textarea', {
    id: 'cypher-input',
    spellcheck: false,
    value: EXAMPLE,
    'aria-label': 'Cypher query',
  });
  const run = el('button', { className: 'primary', id: 'cypher-run' }, 'Run (read-only)');
  const clear = el('button', { id: 'cypher-clear' }, 'Clear highlight');
  const output = el('div', { id: 'cypher-output' });
  run.addEventListener('click', async () => {
    run.disabled = true;
    output.replaceChildren(el('p', { className: 'hint' }, 'Running…'));
    try {
      const reply = await runCypher(input.value);
      const nodes = matchResultNodes(reply.rows, hooks.hasNode);
      hooks.highlight(nodes.size ? nodes : null);
      output.replaceChildren(
        el(
          'p',
          { className: 'hint' },
          `${reply.rowCount} row(s)${reply.truncated ? ` (first ${reply.rows.length} shown)` : ''}, ${nodes.size} node(s) in the graph highlighted`,
        ),
        table(reply.columns, reply.rows),
      );
    } catch (error) {
      const hint = error instanceof ApiError && error.hint ? `\n${error.hint}` : '';
      output.replaceChildren(el('p', { className: 'error' }, `${(error as Error).message}${hint}`));
    } finally {
      run.disabled = false;
    }
  });
  clear.addEventListener('click', () => hooks.highlight(null));
  container.replaceChildren(input, el('div', { className: 'row' }, run, clear), output);
}

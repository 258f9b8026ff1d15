import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, csvValue, writeCsvFile } from '../../src/store/bulk/csv-files.js';
import { writeImportFiles } from '../../src/store/bulk/import-files.js';
import { finalState } from '../../src/store/bulk/final-state.js';
import { tempDir } from '../helpers/temp-dir.js';
import { sampleEnvelope } from '../helpers/graph-fixtures.js';

const read = (path: string): string[][] =>
  parse(readFileSync(path, 'utf8'), { relax_column_count: false }) as string[][];

describe('bulk import CSV files', () => {
  it('quotes present values, leaves absent ones empty, and joins lists with U+001F', async () => {
    const dir = await tempDir('trama-csv-');
    const written = await writeCsvFile(dir, {
      name: 'x.csv',
      columns: ['key:ID(Node)'],
      properties: [
        { name: 'name', type: 'string' },
        { name: 'note', type: 'string' },
        { name: 'count', type: 'long' },
        { name: 'texts', type: 'string[]' },
        { name: 'empty', type: 'string' },
      ],
      rows: [
        {
          columns: ['k1'],
          props: {
            name: 'Dijo "sí"; luego, no',
            count: neo4j.int(3),
            texts: ['a;b', '', 'c'],
            empty: '',
          },
        },
        { columns: ['k2'], props: { name: 'dos\nlíneas', texts: [] } },
      ],
    });
    expect(written).toMatchObject({ rows: 2, multiline: true });
    const text = readFileSync(written.path, 'utf8');
    // An empty string is written as "" (stored as ''), an absent value as nothing (no property).
    expect(text.split('\n')[1]).toBe(
      `"k1","Dijo ""sí""; luego, no",,"3","a;b${ARRAY_DELIMITER}${ARRAY_DELIMITER}c",""`,
    );
    const rows = read(written.path);
    expect(rows[0]).toEqual([
      'key:ID(Node)',
      'name:string',
      'note:string',
      'count:long',
      'texts:string[]',
      'empty:string',
    ]);
    expect(rows[2]).toEqual(['k2', 'dos\nlíneas', '', '', '', '']);
  });

  it('refuses a list element that holds the array delimiter, naming the file, row and property', () => {
    expect(() =>
      csvValue(['ok', `a${ARRAY_DELIMITER}b`], { name: 'texts', type: 'string[]' }, 'm.csv row 7'),
    ).toThrow(/m\.csv row 7: property texts holds .* array delimiter U\+001F/);
  });

  it("writes one file per node kind and relationship family, with the codecs' columns", async () => {
    const dir = await tempDir('trama-import-files-');
    const files = await writeImportFiles(
      finalState([sampleEnvelope()]),
      dir,
      '2026-12-02T00:00:00Z',
    );
    expect(files.map((f) => [f.group, f.labelOrType, f.path.slice(dir.length + 1)])).toEqual([
      ['nodes', 'Article', 'articles.csv'],
      ['nodes', null, 'entities.csv'],
      ['relationships', 'MENTIONED_IN', 'mentions.csv'],
      ['relationships', null, 'relations.csv'],
    ]);
    const entities = read(join(dir, 'entities.csv'));
    expect(entities[0]!.slice(0, 3)).toEqual(['key:ID(Node)', ':LABEL', 'kind:string']);
    expect(entities[0]).toContain('mentionCount:long');
    const ferran = entities.find((r) => r[0] === 'Person:amalia-ferran')!;
    expect(ferran[1]).toBe(`Entity${ARRAY_DELIMITER}Person`);
    const relations = read(join(dir, 'relations.csv'));
    expect(relations[0]!.slice(0, 3)).toEqual([':START_ID(Node)', ':END_ID(Node)', ':TYPE']);
    expect(relations[0]).toContain('evidenceHighlights:string[]');
    const articles = read(join(dir, 'articles.csv'));
    expect(articles[0]).toContain('ingestedAt:datetime');
    expect(articles[1]).toContain('2026-12-02T00:00:00Z');
  });

  it('stores no empty list, as neo4j-admin cannot: absent means empty', () => {
    const state = finalState([sampleEnvelope()]);
    const all = [
      ...state.articles,
      ...state.nodes.map((n) => n.props),
      ...state.mentions.map((m) => m.props),
      ...state.relations.map((r) => r.props),
    ];
    const lists = all.flatMap((props) => Object.values(props).filter(Array.isArray));
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.filter((l) => l.length === 0)).toEqual([]);
    // Rule names and highlights parallel to the evidence: absent when every entry is empty.
    const relations = state.relations.filter((r) => 'evidenceArticles' in r.props);
    for (const r of relations) {
      for (const name of ['evidenceRules', 'evidenceHighlights']) {
        const values = r.props[name] as string[] | undefined;
        if (values) expect(values.some((v) => v !== '')).toBe(true);
      }
    }
    expect(relations.some((r) => !('dates' in r.props) || !('evidenceRules' in r.props))).toBe(
      true,
    );
  });
});

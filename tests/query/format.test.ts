import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { formatQueryResult, parseParam, toNeo4jParams, toPlain } from '../../src/query/index.js';

const result = {
  columns: ['name', 'n', 'list'],
  rows: [
    ['Ana, "la" Pérez', 2, ['a', 'b']],
    [null, 3.5, []],
  ],
};

describe('query result formatters', () => {
  it('csv quotes commas and quotes, encodes lists as JSON, leaves nulls empty', () => {
    expect(formatQueryResult(result, 'csv')).toBe(
      'name,n,list\n"Ana, ""la"" Pérez",2,"[""a"",""b""]"\n,3.5,[]\n',
    );
  });
  it('json gives one object per row', () => {
    expect(JSON.parse(formatQueryResult(result, 'json'))).toEqual([
      { name: 'Ana, "la" Pérez', n: 2, list: ['a', 'b'] },
      { name: null, n: 3.5, list: [] },
    ]);
  });
  it('table aligns columns and counts rows', () => {
    const lines = formatQueryResult(result, 'table').trimEnd().split('\n');
    expect(lines[0]).toBe('name            | n   | list');
    expect(lines[2]).toBe('Ana, "la" Pérez | 2   | ["a","b"]');
    expect(lines.at(-1)).toBe('(2 rows)');
  });
});

describe('parameters and values', () => {
  it('reads --param values as JSON when they parse, else as text', () => {
    expect(parseParam('n=3')).toEqual(['n', 3]);
    expect(parseParam('name=Ana Pérez')).toEqual(['name', 'Ana Pérez']);
    expect(parseParam('q="42"')).toEqual(['q', '42']);
    expect(parseParam('xs=[1,2]')).toEqual(['xs', [1, 2]]);
    expect(parseParam("t=') DETACH DELETE n //")).toEqual(['t', "') DETACH DELETE n //"]);
    expect(() => parseParam('novalue')).toThrow(/k=v/);
  });
  it('sends integral numbers as Neo4j integers', () => {
    const p = toNeo4jParams({ limit: 5, ratio: 0.5, xs: [1] });
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect(p.ratio).toBe(0.5);
    expect(neo4j.isInt((p.xs as unknown[])[0])).toBe(true);
  });
  it('turns driver integers into numbers (or strings when too large)', () => {
    expect(toPlain(neo4j.int(7))).toBe(7);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain({ a: [neo4j.int(1)] })).toEqual({ a: [1] });
  });
});

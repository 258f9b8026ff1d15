import { describe, expect, it } from 'vitest';
import { adminImportArgs } from '../../src/neo4j/index.js';

describe('adminImportArgs', () => {
  it('names every file with its label or type, fails on any bad entry, and targets the database', () => {
    const args = adminImportArgs({
      dataDir: '/d',
      database: 'neo4j',
      nodes: [
        { path: '/i/articles.csv', labelOrType: 'Article' },
        { path: '/i/entities.csv', labelOrType: null },
      ],
      relationships: [{ path: '/i/mentions.csv', labelOrType: 'MENTIONED_IN' }],
      arrayDelimiter: 'U+001F',
      multilineFields: true,
      reportFile: '/i/report',
    });
    expect(args.slice(0, 3)).toEqual(['database', 'import', 'full']);
    expect(args).toContain('--nodes=Article=/i/articles.csv');
    expect(args).toContain('--nodes=/i/entities.csv');
    expect(args).toContain('--relationships=MENTIONED_IN=/i/mentions.csv');
    expect(args).toContain('--array-delimiter=U+001F');
    expect(args).toContain('--multiline-fields=true');
    expect(args).toContain('--bad-tolerance=0');
    expect(args).toContain('--overwrite-destination=true');
    expect(args.at(-1)).toBe('neo4j');
  });
});

import { foldName } from '../../src/schema/names.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../viewer/src/graph/build.js';
import { buildSearchIndex } from '../../viewer/src/search/index.js';
import { buildViewerSampleGraph } from '../fixtures/viewer-graphs.js';

describe('search', () => {
  const index = buildSearchIndex(buildGraph(buildViewerSampleGraph()));

  it('ignores accents and case', () => {
    expect(foldName('  SERGUÉI   Lavrov ')).toBe('serguei lavrov');
    expect(index.search('serguei')[0]?.label).toBe('Serguéi Lavrov');
    expect(index.search('TOMAS')[0]?.label).toBe('Tomás Ibarra');
  });

  it('matches aliases and says which one matched', () => {
    const [hit] = index.search('quiroga');
    expect(hit?.label).toBe('Marta Quiroga');
    expect(index.search('lavrov')[0]).toMatchObject({ label: 'Serguéi Lavrov' });
  });

  it('ranks word-prefix matches before substring matches', () => {
    const labels = index.search('valdoria').map((h) => h.label);
    expect(labels[0]).toBe('Valdoria');
    expect(labels).toContain('Consejo Marítimo de Valdoria');
    expect(labels).toContain('Partido Verde de Valdoria');
  });

  it('folds a query like entity keys: dots and apostrophes do not matter', () => {
    expect(foldName('EE.UU.')).toBe(foldName('eeuu'));
    expect(index.search('Lav.rov')[0]?.label).toBe('Serguéi Lavrov');
  });

  it('finds nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });
});

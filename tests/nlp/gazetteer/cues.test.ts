import { describe, expect, it } from 'vitest';
import {
  isEventCue,
  isLawCue,
  isOrgHead,
  isOrgSuffix,
  lookupCues,
  matchCueAt,
  placeCue,
} from '../../../src/nlp/gazetteer/cues.js';

describe('cue lexicons', () => {
  it('recognises organisation heads and suffixes', () => {
    for (const w of [
      'Partido',
      'Ministerio',
      'universidad',
      'Fiscalía',
      'Comisión',
      'Ejército',
      'Policía',
      'Corte',
    ])
      expect(isOrgHead(w), w).toBe(true);
    expect(isOrgHead('Party', 'en')).toBe(true);
    expect(isOrgSuffix('S.A.')).toBe(true);
    expect(isOrgSuffix('Inc.', 'en')).toBe(true);
    expect(isOrgHead('mesa')).toBe(false);
  });

  it('types place cues', () => {
    expect(placeCue('ciudad')).toBe('City');
    expect(placeCue('Provincia')).toBe('Region');
    expect(placeCue('río')).toBe('Place');
    expect(placeCue('rio')).toBe('Place');
    expect(placeCue('county', 'en')).toBe('Region');
    expect(placeCue('presidente')).toBeUndefined();
  });

  it('recognises event and law cues', () => {
    expect(isEventCue('elecciones')).toBe(true);
    expect(isEventCue('cumbre')).toBe(true);
    expect(isLawCue('decreto')).toBe(true);
    expect(isLawCue('treaty', 'en')).toBe(true);
    expect(isLawCue('cumbre')).toBe(false);
  });

  it('matches multi-word cues longest first and keeps several kinds', () => {
    expect(matchCueAt(['la', 'agencia', 'de', 'noticias', 'Yonhap'], 1)).toMatchObject({
      length: 3,
    });
    expect(matchCueAt(['los', 'Juegos', 'Olímpicos'], 1)?.cues[0]).toMatchObject({ kind: 'event' });
    expect(matchCueAt(['un', 'golpe', 'de', 'Estado'], 1)).toMatchObject({ length: 3 });
    expect(lookupCues('departamento').map((c) => c.kind)).toContain('place');
  });
});

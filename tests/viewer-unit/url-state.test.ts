import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../viewer/src/state/url.js';
import { DEFAULT_ANALYSIS } from '../../viewer/src/state/analysis-state.js';
import { DEFAULT_STATE, type ViewState } from '../../viewer/src/state/view-state.js';

describe('view state <-> URL', () => {
  it('writes nothing for the default view', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips every field', () => {
    const state: ViewState = {
      graph: 'https://example.org/g.json?x=1&y=2',
      selection: { kind: 'edge', key: 'person:a|MET_WITH|person:b' },
      hiddenTypes: new Set(['Country', 'Law']),
      hiddenCategories: new Set(['conflict']),
      certainties: new Set(['reported']),
      article: 'abc123',
      minDegree: 3,
      sizeBy: 'degree',
      showValueNodes: true,
      camera: { x: 0.25, y: 0.75, ratio: 0.5, angle: 0 },
      analysis: DEFAULT_ANALYSIS,
    };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('round-trips arbitrary keys and type sets (property)', () => {
    const key = fc.string({ minLength: 1 });
    const token = fc.stringMatching(/^[A-Za-z_]{1,12}$/);
    fc.assert(
      fc.property(key, fc.uniqueArray(token), fc.nat(50), (nodeKey, types, minDegree) => {
        const state: ViewState = {
          ...DEFAULT_STATE,
          selection: { kind: 'node', key: nodeKey },
          hiddenTypes: new Set(types),
          minDegree,
        };
        const back = decodeState(encodeState(state));
        expect(back.selection).toEqual(state.selection);
        expect([...back.hiddenTypes].sort()).toEqual([...types].sort());
        expect(back.minDegree).toBe(minDegree);
      }),
    );
  });

  it('ignores values it cannot use instead of failing', () => {
    const state = decodeState('?cam=1,2,nope,0&minDeg=-4&cert=maybe&size=huge');
    expect(state.camera).toBeNull();
    expect(state.minDegree).toBe(0);
    expect(state.certainties).toEqual(DEFAULT_STATE.certainties);
    expect(state.sizeBy).toBe('mentions');
  });
});

import { describe, expect, it } from 'vitest';
import { hashFromState, stateFromHash } from './url';
import { initialState, type AppState } from './store';

describe('URL state', () => {
  it('round-trips the state that matters', () => {
    const state: AppState = {
      ...initialState,
      lang: 'en',
      analysis: 'parking',
      params: { mode: 'cross', walk: '400' },
      camera: { zoom: 15.25, latitude: 30.31234, longitude: 120.14321, bearing: -20, pitch: 45 },
      visibleLayers: ['communities', 'buildings'],
      selection: { layer: 'communities', id: 'C01' },
      year: 2023,
      layerOpacity: { buildings: 0.5, roads: 0.3 },
    };
    const hash = hashFromState(state);
    expect(hash).toContain('opacity=buildings:0.5,roads:0.3');
    expect(hash).toContain('analysis=parking');
    expect(hash).toContain('mode=cross');
    expect(hash).toContain('walk=400');
    const back = stateFromHash(hash);
    expect(back.lang).toBe('en');
    expect(back.analysis).toBe('parking');
    expect(back.params).toEqual({ mode: 'cross', walk: '400' });
    expect(back.camera).toEqual(state.camera);
    expect(back.visibleLayers).toEqual(['communities', 'buildings']);
    expect(back.selection).toEqual({ layer: 'communities', id: 'C01' });
    expect(back.year).toBe(2023);
    expect(back.layerOpacity).toEqual({ buildings: 0.5, roads: 0.3 });
  });

  it('keeps the online basemap (not a key) and leaves it out when offline', () => {
    const hash = hashFromState({ ...initialState, basemap: 'tianditu-imagery' });
    expect(hash).toBe('#basemap=tianditu-imagery');
    const back = stateFromHash(hash);
    expect(back.basemap).toBe('tianditu-imagery');
    expect(back.params).toEqual({});
    expect(stateFromHash('#basemap=gaode').basemap).toBe('none');
    expect(stateFromHash('').basemap).toBe('none');
  });

  it('defaults: Chinese, summary, every layer visible', () => {
    const back = stateFromHash('');
    expect(back.lang).toBe('zh');
    expect(back.analysis).toBe('summary');
    expect(back.visibleLayers).toEqual(initialState.visibleLayers);
    expect(hashFromState(initialState)).toBe('#');
  });

  it('opens with the dashboard (DESIGN §5); dashboard=0 closes it, old links with dashboard=1 still open it', () => {
    expect(initialState.panels.bottom).toBe(true);
    expect(stateFromHash('').panels).toEqual({ left: true, right: true, bottom: true });
    expect(stateFromHash('#dashboard=1').panels?.bottom).toBe(true);
    expect(stateFromHash('#dashboard=0').panels?.bottom).toBe(false);
    expect(hashFromState({ ...initialState, panels: { left: true, right: true, bottom: false } })).toBe('#dashboard=0');
    expect(stateFromHash(hashFromState({ ...initialState, panels: { left: true, right: true, bottom: false } })).panels?.bottom).toBe(false);
  });

  it('ignores unknown analyses and layers', () => {
    const back = stateFromHash('#analysis=nonsense&layers=communities,bogus');
    expect(back.analysis).toBe('summary');
    expect(back.visibleLayers).toEqual(['communities']);
  });
});

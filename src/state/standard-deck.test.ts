import { describe, expect, it } from 'vitest';
import { LAYER_NAMES, type LayerName } from '../model/layer-names';
import type { LayerSet } from '../model/types';
import { sceneState } from './scenes';
import { type DataInventory, inventoryOf, standardDeck } from './standard-deck';
import type { Camera } from './store';
import { hasStandardDeck } from './deck-needs';

const camera: Camera = { zoom: 14.2, latitude: 30.31, longitude: 120.14, bearing: 0, pitch: 0 };

function inventory(missing: LayerName[] = [], hasStatus = true): DataInventory {
  const counts = Object.fromEntries(LAYER_NAMES.map((name) => [name, missing.includes(name) ? 0 : 10])) as Record<LayerName, number>;
  return { counts, hasStatus, years: { first: 2019, last: 2026 } };
}

const deck = (input: Partial<Parameters<typeof standardDeck>[0]> = {}) =>
  standardDeck({ inventory: inventory(), camera, frame: [900, 600], bounds: [120.1, 30.28, 120.16, 30.33], lang: 'zh', year: 2026, ...input });
const titles = (scenes: { title: string }[]) => scenes.map((scene) => scene.title);

describe('standard review deck (标准汇报场景)', () => {
  it('with every layer loaded, follows the agenda of a joint review meeting', () => {
    expect(titles(deck())).toEqual(['片区概况', '改造进展', '停车挖潜', '停车三种方式比选', '加装电梯', '服务设施补短板', '片区联动', '改造优先级']);
  });

  it('in English, titles and notes are English', () => {
    const scenes = deck({ lang: 'en' });
    expect(titles(scenes)).toEqual(['District overview', 'Renovation progress', 'Parking', 'Parking: the three pooling modes', 'Added elevators', 'Community services', 'District pooling', 'Priority ranking']);
    for (const scene of scenes) {
      expect(scene.notes).not.toMatch(/[\u4e00-\u9fff]/);
      expect(sceneState(scene).lang).toBe('en');
    }
  });

  it('leaves out the scenes whose layers are missing', () => {
    expect(titles(deck({ inventory: inventory(['buildings']) }))).not.toContain('加装电梯');
    expect(titles(deck({ inventory: inventory(['idleLand']) }))).toEqual(['片区概况', '改造进展', '加装电梯', '服务设施补短板', '片区联动', '改造优先级']);
    expect(titles(deck({ inventory: inventory(['facilities']) }))).not.toContain('服务设施补短板');
    expect(titles(deck({ inventory: inventory(['districts']) }))).not.toContain('片区联动');
    expect(titles(deck({ inventory: inventory(['idleLand', 'facilities']) }))).not.toContain('片区联动');
    expect(titles(deck({ inventory: inventory([], false) }))).not.toContain('改造进展');
    // Buildings alone: the elevator analysis needs nothing else.
    expect(titles(deck({ inventory: inventory(LAYER_NAMES.filter((name) => name !== 'buildings')) }))).toEqual(['加装电梯']);
    expect(deck({ inventory: inventory([...LAYER_NAMES]) })).toEqual([]);
  });

  it('each scene’s hash reopens the intended analysis, mode, type, year and camera', () => {
    const [overview, progress, parking, modes, elevators, services, pooling, priority] = deck().map(sceneState);
    expect(overview).toMatchObject({ analysis: 'summary', params: {}, camera, year: null, lang: 'zh', colourBy: 'status' });
    expect(overview.panels?.bottom).toBe(true);
    expect(overview.visibleLayers).toEqual(['districts', 'communities', 'buildings', 'idleLand', 'facilities', 'roads', 'protected']);
    expect(progress).toMatchObject({ analysis: 'summary', year: 2026, colourBy: 'status', visibleLayers: ['districts', 'communities'] });
    expect(parking).toMatchObject({ analysis: 'parking', params: { mode: 'district' }, year: null });
    expect(parking.visibleLayers).toContain('idleLand');
    expect(modes).toMatchObject({ analysis: 'parking', params: { mode: 'self', compare: '1', b_mode: 'cross' } });
    expect(elevators).toMatchObject({ analysis: 'elevators', params: {} });
    expect(elevators.visibleLayers).toContain('buildings');
    expect(services).toMatchObject({ analysis: 'services', params: { type: 'elderly_care' } });
    expect(services.visibleLayers).toContain('facilities');
    expect(pooling).toMatchObject({ analysis: 'pooling', params: {}, visibleLayers: ['districts', 'idleLand', 'facilities'] });
    expect(priority).toMatchObject({ analysis: 'priority', params: {} });
    for (const state of [overview, progress, parking, modes, elevators, services, pooling, priority]) {
      expect(state.camera).toEqual(camera);
      expect(state.selection).toBeNull();
      expect(state.filter).toEqual({});
    }
  });

  it('keeps the frame the camera was fitted for, gives each scene its own id, and leaves the camera out without a map', () => {
    const scenes = deck();
    expect(scenes.every((scene) => scene.frame?.[0] === 900 && scene.frame[1] === 600)).toBe(true);
    // Each shows the whole data: presenting fits these bounds (Scene.bounds), not the camera's zoom.
    expect(scenes.every((scene) => scene.bounds?.join() === '120.1,30.28,120.16,30.33')).toBe(true);
    expect(new Set(scenes.map((scene) => scene.id)).size).toBe(scenes.length);
    const unframed = deck({ camera: null, frame: undefined });
    expect(unframed.every((scene) => sceneState(scene).camera === undefined && scene.frame === undefined && scene.bounds === undefined)).toBe(true);
  });

  it('keeps the current view’s basemap and layer opacities, as a scene saved by hand does', () => {
    for (const state of deck({ look: { basemap: 'osm', layerOpacity: { buildings: 0.5 } } }).map(sceneState)) {
      expect(state.basemap).toBe('osm');
      expect(state.layerOpacity).toEqual({ buildings: 0.5 });
    }
    expect(sceneState(deck()[0]).basemap).toBe('none');
  });

  it('改造进展 shows this year, within the years the slider spans', () => {
    expect(sceneState(deck({ year: 2031 })[1]).year).toBe(2026);
    expect(sceneState(deck({ year: 2015 })[1]).year).toBe(2019);
    expect(sceneState(deck({ year: 2031, inventory: { ...inventory(), years: { first: 2019, last: 2032 } } })[1]).year).toBe(2031);
  });

  it('Chinese text uses full-width punctuation, and the notes carry no figures (the card computes them)', () => {
    for (const scene of deck()) {
      expect(`${scene.title}${scene.notes}`).not.toMatch(/[,:;()]/);
      expect(scene.notes).not.toMatch(/\d/);
      expect(scene.notes.length).toBeGreaterThan(20);
    }
    for (const scene of deck({ lang: 'en' })) expect(scene.notes).not.toMatch(/\d/);
  });
});

describe('inventoryOf', () => {
  const polygon = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
  const community = (properties: Record<string, unknown>) => ({ type: 'Feature' as const, geometry: polygon, properties: { id: 'C1', ...properties } });

  it('counts each layer’s features and finds status fields and the years on record', () => {
    const layers = {
      communities: { type: 'FeatureCollection', features: [community({ households: 10 }), community({ completedYear: 2028 }), community({ planYear: 20223 })] },
      buildings: { type: 'FeatureCollection', features: [] },
    } as unknown as LayerSet;
    const found = inventoryOf(layers);
    expect(found.counts).toMatchObject({ communities: 3, buildings: 0, idleLand: 0, districts: 0 });
    expect(found.hasStatus).toBe(true);
    expect(found.years).toEqual({ first: 2019, last: 2028 });
  });

  it('communities without a status or a year have none', () => {
    const layers = { communities: { type: 'FeatureCollection', features: [community({ households: 10 })] } } as unknown as LayerSet;
    expect(inventoryOf(layers).hasStatus).toBe(false);
    expect(inventoryOf({}).counts.communities).toBe(0);
    const statused = { communities: { type: 'FeatureCollection', features: [community({ renovationStatus: 'planned' })] } } as unknown as LayerSet;
    expect(inventoryOf(statused).hasStatus).toBe(true);
  });
});

describe('hasStandardDeck (the 汇报 button, without the deck\'s words)', () => {
  const feature = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [0, 0] }, properties: { id: 'X1' } };
  const only = (names: LayerName[]) => Object.fromEntries(names.map((name) => [name, { type: 'FeatureCollection', features: [feature] }])) as unknown as LayerSet;

  it('says there is a deck exactly when standardDeck builds at least one scene', () => {
    const cases: LayerName[][] = [[], ['districts'], ['idleLand', 'facilities'], ['buildings'], ['communities'], ['districts', 'idleLand', 'roads'], [...LAYER_NAMES]];
    for (const names of cases) {
      const layers = only(names);
      const built = standardDeck({ inventory: inventoryOf(layers), camera: null, lang: 'zh', year: 2026 }).length > 0;
      expect(hasStandardDeck(layers), names.join(',')).toBe(built);
    }
    expect(hasStandardDeck({})).toBe(false);
    expect(hasStandardDeck(only(['buildings']))).toBe(true);
  });
});

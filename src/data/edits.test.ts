import { beforeEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { applyEdit, canRedo, canUndo, clearEditHistory, editHistoryStore, editLayers, redo, removeLayerEdit, undo, type Edit } from './edits';
import { datasetStore, replaceDataset } from './dataset';
import type { AnyFeature, LayerSet } from '../model/types';

/** Deep-freezes a fixture so any mutation by the code under test throws (Placemark test/helpers.ts). */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

function square(id: string, x: number, properties: Record<string, unknown> = {}): AnyFeature {
  return {
    type: 'Feature',
    properties: { id, kind: 'vacant', ...properties },
    geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 0.001, 30], [x + 0.001, 30.001], [x, 30.001], [x, 30]]] },
  };
}

function createLayers(): LayerSet {
  return frozen({
    idleLand: { type: 'FeatureCollection', features: [square('A', 120), square('B', 120.01), square('C', 120.02)] } as FeatureCollection,
    communities: { type: 'FeatureCollection', features: [square('K1', 121, { households: 100 })] } as FeatureCollection,
  } as LayerSet);
}

/** Applies an edit and returns the layers, failing the test on an error. */
function apply(layers: LayerSet, edit: Edit) {
  const outcome = editLayers(layers, edit);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

describe('editLayers (pure)', () => {
  it('puts a new feature at the end and its inverse removes it, giving the original back', () => {
    const layers = createLayers();
    const edit = frozen({ note: 'draw P-1', put: [{ layer: 'idleLand' as const, features: [square('P-1', 120.5, { proposed: true })] }] });
    const applied = apply(layers, edit);
    expect(applied.layers.idleLand!.features.map((f) => f.properties.id)).toEqual(['A', 'B', 'C', 'P-1']);
    expect(apply(applied.layers, applied.inverse).layers).toEqual(layers);
  });

  it('keeps untouched layers as the same objects (the map skips redrawing them)', () => {
    const layers = createLayers();
    const applied = apply(layers, { note: 'delete B', delete: [{ layer: 'idleLand', ids: ['B'] }] });
    expect(applied.layers.communities).toBe(layers.communities);
    expect(applied.layers.idleLand).not.toBe(layers.idleLand);
  });

  it('undoing a delete puts the feature back where it was', () => {
    const layers = createLayers();
    const applied = apply(layers, { note: 'delete A and C', delete: [{ layer: 'idleLand', ids: ['C', 'A'] }] });
    expect(applied.layers.idleLand!.features.map((f) => f.properties.id)).toEqual(['B']);
    expect(apply(applied.layers, applied.inverse).layers).toEqual(layers);
  });

  it('replaces an existing id in place and undo restores the old properties', () => {
    const layers = createLayers();
    const applied = apply(layers, { note: 'rename B', put: [{ layer: 'idleLand', features: [square('B', 120.01, { name: '新名' })] }] });
    expect(applied.layers.idleLand!.features.map((f) => f.properties.id)).toEqual(['A', 'B', 'C']);
    expect((applied.layers.idleLand!.features[1].properties as Record<string, unknown>).name).toBe('新名');
    expect(apply(applied.layers, applied.inverse).layers).toEqual(layers);
  });

  it('a mixed edit over two layers inverts exactly, and the inverse of the inverse re-applies it', () => {
    const layers = createLayers();
    const edit: Edit = {
      note: 'mixed',
      delete: [{ layer: 'idleLand', ids: ['A'] }, { layer: 'communities', ids: ['K1'] }],
      put: [{ layer: 'idleLand', features: [square('C', 120.02, { owner: 'x' }), square('P-1', 120.5)] }],
    };
    const applied = apply(layers, edit);
    const undone = apply(applied.layers, applied.inverse);
    expect(undone.layers).toEqual(layers);
    expect(apply(undone.layers, undone.inverse).layers).toEqual(applied.layers);
  });

  it('creating a missing layer and undoing drops the layer again', () => {
    const layers = frozen({ communities: createLayers().communities } as LayerSet);
    const applied = apply(layers, { note: 'first site', put: [{ layer: 'idleLand', features: [square('P-1', 120)] }] });
    expect(applied.layers.idleLand!.features).toHaveLength(1);
    const undone = apply(applied.layers, applied.inverse);
    expect(undone.layers).toEqual(layers);
    expect('idleLand' in undone.layers).toBe(false);
    expect(apply(undone.layers, undone.inverse).layers).toEqual(applied.layers);
  });

  it('removing a layer drops it whole, and its inverse puts every feature back in order', () => {
    const layers = createLayers();
    const removed = apply(layers, removeLayerEdit(layers, 'idleLand', '移除图层 闲置资源'));
    expect('idleLand' in removed.layers).toBe(false);
    expect(removed.layers.communities).toBe(layers.communities);
    expect(removed.inverse.note).toBe('移除图层 闲置资源');
    const undone = apply(removed.layers, removed.inverse);
    expect(undone.layers).toEqual(layers);
    expect(undone.layers.idleLand!.features.map((f) => f.properties!.id)).toEqual(['A', 'B', 'C']);
    expect('idleLand' in apply(undone.layers, undone.inverse).layers).toBe(false);
  });

  it('removing a layer that is not loaded changes nothing', () => {
    const layers = createLayers();
    expect(apply(layers, removeLayerEdit(layers, 'roads', 'x')).layers).toEqual(layers);
  });

  it('refuses a feature without an id, as a value', () => {
    const noId = { ...square('x', 120), properties: { kind: 'vacant' } } as AnyFeature;
    const outcome = editLayers(createLayers(), { note: 'bad', put: [{ layer: 'idleLand', features: [noId] }] });
    expect(outcome.ok).toBe(false);
  });
});

describe('applyEdit / undo / redo (store)', () => {
  beforeEach(() => {
    replaceDataset(createLayers(), 'demo', { bbox: [0, 0, 1, 1] }, { 'votes.csv': 'a,b' });
    clearEditHistory();
  });

  it('apply then undo gives the original layers; redo re-applies; source, manifest and tables stay', () => {
    const original = datasetStore.get();
    expect(applyEdit({ note: 'draw P-1', put: [{ layer: 'idleLand', features: [square('P-1', 120.5)] }] }).ok).toBe(true);
    const edited = datasetStore.get();
    expect(edited.version).toBeGreaterThan(original.version);
    expect(edited.source).toBe('demo');
    expect(edited.manifest).toEqual({ bbox: [0, 0, 1, 1] });
    expect(edited.tables).toEqual({ 'votes.csv': 'a,b' });
    expect(canUndo()).toBe(true);
    expect(canRedo()).toBe(false);

    expect(undo()).toBe(true);
    expect(datasetStore.get().layers).toEqual(original.layers);
    expect(datasetStore.get().version).toBeGreaterThan(edited.version);
    expect(canUndo()).toBe(false);
    expect(canRedo()).toBe(true);

    expect(redo()).toBe(true);
    expect(datasetStore.get().layers).toEqual(edited.layers);
    expect(editHistoryStore.get().log.map((line) => `${line.action}:${line.note}`)).toEqual(['edit:draw P-1', 'undo:draw P-1', 'redo:draw P-1']);
  });

  it('a removed layer comes back with undo, the demo still the demo', () => {
    const original = datasetStore.get();
    expect(applyEdit(removeLayerEdit(original.layers, 'communities', '移除图层 小区')).ok).toBe(true);
    expect(datasetStore.get().layers.communities).toBeUndefined();
    expect(datasetStore.get().source).toBe('demo');
    expect(editHistoryStore.get().undo.at(-1)!.note).toBe('移除图层 小区');
    undo();
    expect(datasetStore.get().layers).toEqual(original.layers);
  });

  it('a new edit clears the redo stack', () => {
    applyEdit({ note: 'one', put: [{ layer: 'idleLand', features: [square('P-1', 120.5)] }] });
    undo();
    expect(canRedo()).toBe(true);
    applyEdit({ note: 'two', put: [{ layer: 'idleLand', features: [square('P-2', 120.6)] }] });
    expect(canRedo()).toBe(false);
    expect(redo()).toBe(false);
    expect(editHistoryStore.get().undo.map((entry) => entry.note)).toEqual(['two']);
  });

  it('undo with nothing to undo does nothing', () => {
    const before = datasetStore.get();
    expect(undo()).toBe(false);
    expect(datasetStore.get()).toBe(before);
  });

  it('a dataset loaded from elsewhere clears the history (its inverses no longer apply)', () => {
    applyEdit({ note: 'one', put: [{ layer: 'idleLand', features: [square('P-1', 120.5)] }] });
    expect(canUndo()).toBe(true);
    replaceDataset(createLayers(), 'imported');
    expect(canUndo()).toBe(false);
  });
});

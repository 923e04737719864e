import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { datasetStore, hasResidentTables, mergeImport, replaceDataset } from './dataset';
import { canUndo, clearEditHistory, editHistoryStore, redo, undo } from './edits';
import { importLayers, UNDOABLE_IMPORT_MAX_FEATURES } from './import-edit';
import type { LayerSet } from '../model/types';

const collection = (id: string) => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id }, geometry: null }] }) as unknown as FeatureCollection as never;
const demoLayers = { communities: collection('demo-c'), roads: collection('demo-r'), buildings: collection('demo-b') } as LayerSet;
const demoTables = { 'surveys.csv': 'communityId\nC1' };

describe('mergeImport', () => {
  it('keep: the imported layers and tables replace theirs, every other stays', () => {
    const next = mergeImport({ layers: demoLayers, tables: demoTables }, { communities: collection('mine') }, { 'elevator_votes.csv': 'buildingId' }, 'keep');
    expect(Object.keys(next.layers).sort()).toEqual(['buildings', 'communities', 'roads']);
    expect(next.layers.communities!.features[0].properties!.id).toBe('mine');
    expect(next.layers.roads).toBe(demoLayers.roads);
    expect(Object.keys(next.tables).sort()).toEqual(['elevator_votes.csv', 'surveys.csv']);
  });

  it('replace: only what was imported is left (no demo road under real communities)', () => {
    const next = mergeImport({ layers: demoLayers, tables: demoTables }, { communities: collection('mine') }, {}, 'replace');
    expect(Object.keys(next.layers)).toEqual(['communities']);
    expect(next.tables).toEqual({});
  });
});

describe('hasResidentTables', () => {
  it('is true with a survey or votes table (even empty: the worker reads it), false with none or another file', () => {
    expect(hasResidentTables(demoTables)).toBe(true);
    expect(hasResidentTables({ 'elevator_votes.csv': '' })).toBe(true);
    expect(hasResidentTables({})).toBe(false);
    expect(hasResidentTables({ 'notes.csv': 'a,b' })).toBe(false);
  });
});

describe('importLayers', () => {
  it('marks the data as imported and drops the demo manifest, in both modes (keep lists the demo layers left: demo-parts.ts)', () => {
    for (const mode of ['keep', 'replace'] as const) {
      replaceDataset(demoLayers, 'demo', { name: '示例' }, demoTables);
      const before = datasetStore.get().version;
      importLayers({ buildings: collection('mine') }, {}, mode);
      const after = datasetStore.get();
      expect(after.source).toBe('imported');
      expect(after.manifest?.name).toBeUndefined();
      expect(Boolean(after.manifest?.demoParts)).toBe(mode === 'keep');
      expect(after.version).toBeGreaterThan(before);
      expect(Boolean(after.layers.roads)).toBe(mode === 'keep');
    }
  });

  it('keep over imported data keeps its manifest', () => {
    replaceDataset(demoLayers, 'imported', { name: 'mine' });
    importLayers({ roads: collection('r2') });
    expect(datasetStore.get().manifest).toEqual({ name: 'mine' });
  });
});

describe('an import is one undoable step', () => {
  it('undo puts back the dataset before it (the demo, its manifest and tables); redo imports again', () => {
    replaceDataset(demoLayers, 'demo', { name: '示例' }, demoTables);
    clearEditHistory();
    const demo = datasetStore.get();
    importLayers({ communities: collection('mine') }, {}, 'replace', '导入 小区.geojson');
    expect(Object.keys(datasetStore.get().layers)).toEqual(['communities']);
    expect(editHistoryStore.get().undo.at(-1)!.note).toBe('导入 小区.geojson');
    expect(undo()).toBe(true);
    const back = datasetStore.get();
    expect(back.layers).toBe(demo.layers);
    expect([back.source, back.manifest, back.tables]).toEqual(['demo', { name: '示例' }, demoTables]);
    expect(redo()).toBe(true);
    expect(datasetStore.get().layers.communities!.features[0].properties!.id).toBe('mine');
    expect(datasetStore.get().source).toBe('imported');
  });

  it('over a dataset too large to keep twice, an import clears the history instead', () => {
    const many = { type: 'FeatureCollection', features: Array.from({ length: UNDOABLE_IMPORT_MAX_FEATURES + 1 }, () => ({ type: 'Feature', properties: {}, geometry: null })) } as never;
    replaceDataset({ buildings: many }, 'imported');
    clearEditHistory();
    importLayers({ communities: collection('mine') });
    expect(canUndo()).toBe(false);
    expect(datasetStore.get().layers.communities).toBeDefined();
  });
});

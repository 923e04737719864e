/**
 * An import over the demo that keeps the demo's other layers keeps their fictional-data
 * notice: the demo's remaining layers and tables are listed (manifest demoParts), shrink as
 * later imports replace them, and undo gives the demo back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { clearEditHistory, redo, undo } from './edits';
import { importLayers } from './import-edit';
import { datasetStore, replaceDataset } from './dataset';
import { demoParts } from './demo-parts';
import { demoNotice } from '../ui/demo-notice';
import type { LayerSet } from '../model/types';

const layer = (...ids: string[]) => ({
  type: 'FeatureCollection',
  features: ids.map((id) => ({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [120, 30] } })),
}) as FeatureCollection as never;

const demo = { communities: layer('C1'), buildings: layer('B1', 'B2'), roads: layer('R1'), protected: layer() } as LayerSet;

describe('demo parts', () => {
  beforeEach(() => {
    clearEditHistory();
    replaceDataset(demo, 'demo', { name: '示例' }, { 'surveys.csv': 'communityId,score\nC1,3\n' });
  });

  it('keep mode over the demo lists the demo layers and tables that stay', () => {
    importLayers({ communities: layer('X1') }, {}, 'keep');
    const dataset = datasetStore.get();
    expect(dataset.source).toBe('imported');
    expect(demoParts(dataset)).toEqual(['buildings', 'roads', 'surveys']);
    expect(demoNotice(dataset, 'zh')).toBe('示例数据为虚拟片区：楼栋、道路、居民意愿调查');
    expect(demoNotice(dataset, 'en')).toBe('Demo data, a fictional district: buildings, roads, residents’ survey');
    // A later import of buildings leaves roads and the survey as the demo's.
    importLayers({ buildings: layer('Y1') }, { 'surveys.csv': 'communityId,score\nX1,4\n' }, 'keep');
    expect(demoParts(datasetStore.get())).toEqual(['roads']);
    // Undo: the first import's state; again: the demo itself.
    undo();
    expect(demoParts(datasetStore.get())).toEqual(['buildings', 'roads', 'surveys']);
    undo();
    expect(demoParts(datasetStore.get())).toBe('all');
    expect(demoNotice(datasetStore.get(), 'zh')).toBe('示例数据为虚拟片区');
    redo();
    expect(demoParts(datasetStore.get())).toEqual(['buildings', 'roads', 'surveys']);
  });

  it('replace mode, or replacing every demo layer, leaves no notice', () => {
    importLayers({ communities: layer('X1') }, {}, 'replace');
    expect(demoParts(datasetStore.get())).toBeNull();
    expect(demoNotice(datasetStore.get(), 'zh')).toBeNull();
    undo();
    importLayers({ communities: layer('X1'), buildings: layer('Y1'), roads: layer('Z1') }, { 'surveys.csv': 'a\n1\n' }, 'keep');
    expect(demoParts(datasetStore.get())).toBeNull();
    expect(datasetStore.get().manifest).toBeNull();
  });
});

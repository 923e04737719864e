/**
 * Undo of an import swaps the dataset back: the map is to show what came back (audit defect 6).
 * The steps that swap the whole dataset are told apart from feature edits, and the layers to
 * fly to are those the step changed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { datasetStore, replaceDataset } from '../../data/dataset';
import { applyEdit, clearEditHistory, nextStepReplacesDataset, undo } from '../../data/edits';
import { importLayers } from '../../data/import-edit';
import type { LayerSet } from '../../model/types';
import { layersToShow } from './history-steps';

const layer = (id: string, x: number) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { id, kind: 'vacant' }, geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 0.001, 30], [x + 0.001, 30.001], [x, 30]]] } }],
}) as FeatureCollection as never;

describe('undo and redo of an import', () => {
  beforeEach(() => {
    clearEditHistory();
    replaceDataset({ communities: layer('C1', 120), idleLand: layer('L1', 120) } as LayerSet, 'demo');
  });

  it('tells an import from a feature edit', () => {
    expect(nextStepReplacesDataset('undo')).toBe(false);
    applyEdit({ note: 'delete', delete: [{ layer: 'idleLand', ids: ['L1'] }] });
    expect(nextStepReplacesDataset('undo')).toBe(false);
    importLayers({ communities: layer('X1', 121) }, {}, 'keep');
    expect(nextStepReplacesDataset('undo')).toBe(true);
    undo();
    expect(nextStepReplacesDataset('redo')).toBe(true);
    expect(nextStepReplacesDataset('undo')).toBe(false);
  });

  it('shows the layers the step brought back, else everything', () => {
    const demo = datasetStore.get().layers;
    importLayers({ communities: layer('X1', 121) }, {}, 'keep');
    const imported = datasetStore.get().layers;
    undo();
    expect(Object.keys(layersToShow(imported, datasetStore.get().layers))).toEqual(['communities']);
    expect(layersToShow(imported, datasetStore.get().layers).communities).toBe(demo.communities);
    expect(layersToShow(demo, demo)).toBe(demo);
  });
});

/**
 * The loaded dataset: the layers the app shows and analyses, with a version that changes
 * whenever the data does (the key of every analysis query and engine cache).
 */
import { createStore } from '../state/store';
import type { LayerSet } from '../model/types';

export interface Dataset {
  version: number;
  layers: LayerSet;
  /** 'demo' shows the fictional-data notice everywhere (示例数据为虚拟片区). */
  source: 'demo' | 'imported' | 'none';
  manifest: Record<string, unknown> | null;
  tables: Record<string, string>;
}

export const datasetStore = createStore<Dataset>({ version: 0, layers: {}, source: 'none', manifest: null, tables: {} });

let nextVersion = 1;

export function replaceDataset(layers: LayerSet, source: Dataset['source'], manifest: Dataset['manifest'] = null, tables: Dataset['tables'] = {}) {
  datasetStore.update({ version: nextVersion++, layers, source, manifest, tables });
}

/**
 * Replaces only the given layers and tables, keeping every other loaded layer: an import of
 * buildings alone leaves communities, roads… as they were.
 */
export function replaceLayers(layers: Partial<LayerSet>, tables: Record<string, string> = {}) {
  const current = datasetStore.get();
  replaceDataset({ ...current.layers, ...layers } as LayerSet, 'imported', current.source === 'demo' ? null : current.manifest, { ...current.tables, ...tables });
}

/**
 * The loaded dataset: the layers the app shows and analyses, with a version that changes
 * whenever the data does (the key of every analysis query and engine cache).
 */
import { createStore } from '../state/store';
import type { LayerSet } from '../model/types';
import { TABLE_FILES } from '../io/table-files';

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

/** Whether a residents' survey or elevator votes table is loaded (under TABLE_FILES' names, as the worker reads them). */
export function hasResidentTables(tables: Dataset['tables']): boolean {
  return Object.values(TABLE_FILES).some((file) => tables[file] !== undefined);
}

export function replaceDataset(layers: LayerSet, source: Dataset['source'], manifest: Dataset['manifest'] = null, tables: Dataset['tables'] = {}) {
  datasetStore.update({ version: nextVersion++, layers, source, manifest, tables });
}

/**
 * How an import meets the loaded data. `keep`: only the imported layers and tables are
 * replaced; an import of buildings alone leaves communities, roads… as they were. `replace`:
 * the imported files become the whole dataset, as when a planner brings their own data while
 * the fictional demo is shown (mixing the two would analyse a real district against an
 * invented one, and widen the projection to both). The import itself is import-edit.ts importLayers,
 * undoable as one step.
 */
export type ImportMode = 'keep' | 'replace';

/** The layers and tables after an import (pure: the store update is importLayers). */
export function mergeImport(
  current: Pick<Dataset, 'layers' | 'tables'>,
  layers: Partial<LayerSet>,
  tables: Record<string, string>,
  mode: ImportMode,
): Pick<Dataset, 'layers' | 'tables'> {
  if (mode === 'replace') return { layers: { ...layers } as LayerSet, tables: { ...tables } };
  return { layers: { ...current.layers, ...layers } as LayerSet, tables: { ...current.tables, ...tables } };
}

/**
 * An import applied to the document, undoable as one step (edits.ts's `record`, the one edit
 * path). Kept apart from edits.ts so that what only an import needs (mergeImport, the demo's
 * parts, the imported tables' sources) loads with the import dialog, not with the first frame.
 */
import type { LayerSet } from '../model/types';
import { datasetStore, type ImportMode, mergeImport, replaceDataset } from './dataset';
import { manifestAfterImport } from './demo-parts';
import { type EditNote, importNote } from './edit-notes';
import { record } from './edits';
import { type TableSources, withTableSources } from './table-sources';

/**
 * Undo keeps the dataset before an import alive in the page: past this many features it would
 * double the memory of a city's data, so such an import cannot be undone (it clears the
 * history as any load does; 恢复示例数据 and re-importing remain).
 */
export const UNDOABLE_IMPORT_MAX_FEATURES = 250_000;

/** Applies an import (dataset.ts mergeImport decides the layers), undoable as one step. */
export function importLayers(layers: Partial<LayerSet>, tables: Record<string, string> = {}, mode: ImportMode = 'keep', note: EditNote = importNote([]), sources: TableSources = {}) {
  const current = datasetStore.get();
  const next = mergeImport(current, layers, tables, mode);
  // The data is the user's now; the demo's manifest (its name, its fictional notice) is not theirs.
  // Demo layers kept next to it keep their notice (demo-parts.ts).
  const kept = manifestAfterImport(current, next, { layers, tables }, current.source === 'demo' || mode === 'replace' ? null : current.manifest);
  // Where each imported table's rows came from, so messages name the planner's file and row (table-sources.ts).
  const manifest = withTableSources(kept, Object.keys(tables), sources);
  const before = Object.values(current.layers).reduce((sum, collection) => sum + (collection?.features.length ?? 0), 0);
  if (before > UNDOABLE_IMPORT_MAX_FEATURES) replaceDataset(next.layers, 'imported', manifest, next.tables);
  else record(note, { dataset: { layers: next.layers, source: 'imported', manifest, tables: next.tables } });
}

/**
 * The one edit path for the document (STYLE.md rule 4, Placemark's `transact`): every change
 * a planner makes to the layers — a drawn candidate site, a deleted parcel — goes through
 * `applyEdit({ note, put, delete })`. That single door gives undo / redo and a change log,
 * and because it replaces the dataset (a new version), the worker receives the new LayerSet
 * and every analysis re-runs without knowing that an edit happened.
 *
 * The file has two halves: pure helpers (`editLayers`, no store, no I/O, inputs never
 * mutated) and the small history store that React reads.
 *
 * @example
 * applyEdit({ note: '绘制选址 P-1', put: [{ layer: 'idleLand', features: [site] }] });
 * undo(); // the site is gone, analyses return to their earlier figures
 * redo(); // and back
 */
import { useSyncExternalStore } from 'react';
import type { FeatureCollection } from 'geojson';
import { type Dataset, datasetStore, replaceDataset } from './dataset';
import { createStore } from '../state/store';
import type { LayerName } from '../model/layers';
import { type EditNote, editNoteText } from './edit-notes';
import { err, featureId, ok, type AnyFeature, type FeatureId, type LayerSet, type Result } from '../model/types';

export interface LayerPut {
  layer: LayerName;
  /** Features keyed by their id: an existing id is replaced in place, a new one is added. */
  features: AnyFeature[];
  /**
   * Where each new feature goes (same order as `features`); absent → appended. Set by the
   * inverse of a delete so that undo puts a feature back exactly where it was.
   */
  positions?: number[];
}

export interface LayerDelete {
  layer: LayerName;
  ids: FeatureId[];
}

export interface Edit {
  /** What the planner did, in words, for the change log (e.g. "绘制选址 P-1"; both languages, edit-notes.ts). */
  note: EditNote;
  put?: LayerPut[];
  delete?: LayerDelete[];
  /**
   * Layers to drop from the set when the edit leaves them empty: the undo of the first
   * feature drawn into a missing layer removes the layer again, so undo returns the very
   * LayerSet the edit started from; and removeLayerEdit drops the layer it empties.
   */
  dropIfEmpty?: LayerName[];
}

export interface EditOutcome {
  layers: LayerSet;
  /** The edit that takes `layers` back to the input (its note is the original's). */
  inverse: Edit;
}

const key = (id: FeatureId | undefined) => (id === undefined ? undefined : String(id));

/**
 * Applies an edit to a LayerSet and returns the new set with the inverse edit. Deletes run
 * first, then puts. Layers the edit does not touch keep their object identity (the map
 * skips redrawing them); touched layers are new FeatureCollections; no feature is mutated.
 * Fails (as a value) when a put feature has no id, since it could never be undone or
 * deleted by id.
 */
export function editLayers(layers: LayerSet, edit: Edit): Result<EditOutcome> {
  const touched = new Set<LayerName>([...(edit.put ?? []).map((p) => p.layer), ...(edit.delete ?? []).map((d) => d.layer)]);
  const next: LayerSet = { ...layers };
  const inverse: Required<Pick<Edit, 'put' | 'delete'>> & Edit = { note: edit.note, put: [], delete: [], dropIfEmpty: [] };

  for (const layer of touched) {
    const puts = (edit.put ?? []).filter((p) => p.layer === layer);
    const deletes = new Set((edit.delete ?? []).filter((d) => d.layer === layer).flatMap((d) => d.ids.map(String)));
    for (const put of puts) {
      const missing = put.features.find((feature) => key(featureId(feature)) === undefined);
      if (missing) return err({ code: 'INVALID_EDIT', message: `${editNoteText(edit.note, 'en')}: a feature put into ${layer} has no id`, layer });
    }
    const before = layers[layer] as FeatureCollection | undefined;
    const original = (before?.features ?? []) as AnyFeature[];

    let features = original.filter((feature) => !deletes.has(key(featureId(feature)) ?? ''));
    for (const put of puts) features = putFeatures(features, put);

    // The inverse: remove everything the edit touched, then put the originals back at
    // their old positions (ascending, so each insert lands exactly where it was).
    const affected = new Set<string>([...deletes, ...puts.flatMap((p) => p.features.map((f) => String(featureId(f))))]);
    const present = features.filter((f) => affected.has(key(featureId(f)) ?? '')).map((f) => featureId(f) as FeatureId);
    if (present.length > 0) inverse.delete.push({ layer, ids: present });
    const restored: AnyFeature[] = [];
    const positions: number[] = [];
    original.forEach((feature, position) => {
      if (affected.has(key(featureId(feature)) ?? '')) {
        restored.push(feature);
        positions.push(position);
      }
    });
    if (restored.length > 0) inverse.put.push({ layer, features: restored, positions });

    if (features.length === 0 && (!before || edit.dropIfEmpty?.includes(layer))) {
      delete next[layer];
    } else {
      (next as Record<string, FeatureCollection>)[layer] = { ...(before ?? {}), type: 'FeatureCollection', features } as FeatureCollection;
      if (!before) inverse.dropIfEmpty!.push(layer);
    }
  }
  if (inverse.dropIfEmpty!.length === 0) delete inverse.dropIfEmpty;
  return ok({ layers: next, inverse });
}

/**
 * The edit that removes a whole layer: every feature deleted by id and the layer dropped, so
 * that undo puts it back through the same door as any other edit (STYLE.md rule 4).
 */
export function removeLayerEdit(layers: LayerSet, layer: LayerName, note: EditNote): Edit {
  const features = (layers[layer]?.features ?? []) as AnyFeature[];
  return { note, delete: [{ layer, ids: features.map((feature) => featureId(feature) as FeatureId) }], dropIfEmpty: [layer] };
}

/** Upserts one put into a feature list (returns a new list). */
function putFeatures(features: AnyFeature[], put: LayerPut): AnyFeature[] {
  const result = features.slice();
  const indexOf = new Map(result.map((feature, index) => [key(featureId(feature)), index]));
  // New features with a position go in ascending position order; the rest are appended.
  const placed: { feature: AnyFeature; position: number }[] = [];
  put.features.forEach((feature, index) => {
    const existing = indexOf.get(key(featureId(feature)));
    if (existing !== undefined) result[existing] = feature;
    else if (put.positions?.[index] !== undefined) placed.push({ feature, position: put.positions[index] });
    else {
      indexOf.set(key(featureId(feature)), result.length);
      result.push(feature);
    }
  });
  placed.sort((a, b) => a.position - b.position);
  for (const { feature, position } of placed) result.splice(Math.min(position, result.length), 0, feature);
  return result;
}

// ——— The history store ————————————————————————————————————————————————————————

/** A whole dataset as an import leaves it: an import's inverse is the dataset before it. */
export interface DatasetSwap {
  dataset: Pick<Dataset, 'layers' | 'source' | 'manifest' | 'tables'>;
}

/** What undo applies: an edit's inverse edit, or an import's previous dataset. */
export type Change = Edit | DatasetSwap;

export interface HistoryEntry {
  note: EditNote;
  /** Takes the dataset back to before this entry. */
  inverse: Change;
}

export interface ChangeLogLine {
  note: EditNote;
  action: 'edit' | 'undo' | 'redo';
  /** Milliseconds since the epoch. */
  at: number;
}

export interface EditHistory {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
  /** Everything done in this session, oldest first, for the change log. */
  log: ChangeLogLine[];
}

const EMPTY_HISTORY: EditHistory = { undo: [], redo: [], log: [] };
export const editHistoryStore = createStore<EditHistory>(EMPTY_HISTORY);

/** Set while an edit replaces the dataset, so the listener below can tell edits from loads. */
let applying = false;

// A dataset replaced by anything but an edit (an import, a restored workspace) makes the
// history meaningless: its inverses refer to features that are no longer there.
datasetStore.subscribe(() => {
  if (!applying && (editHistoryStore.get().undo.length > 0 || editHistoryStore.get().redo.length > 0)) {
    editHistoryStore.update({ undo: [], redo: [] });
  }
});

/** Applies a change to the current dataset (new version), returning its inverse. */
function commit(change: Change): Result<Change> {
  const current = datasetStore.get();
  if ('dataset' in change) {
    const { layers, source, manifest, tables } = change.dataset;
    replaceAsEdit(layers, source, manifest, tables);
    return ok({ dataset: { layers: current.layers, source: current.source, manifest: current.manifest, tables: current.tables } });
  }
  const outcome = editLayers(current.layers, change);
  if (!outcome.ok) return outcome;
  // Keeps source, manifest and tables: an edited demo is still the demo (its notice stays).
  replaceAsEdit(outcome.value.layers, current.source, current.manifest, current.tables);
  return ok(outcome.value.inverse);
}

function replaceAsEdit(...dataset: Parameters<typeof replaceDataset>) {
  applying = true;
  try {
    replaceDataset(...dataset);
  } finally {
    applying = false;
  }
}

/** Applies a change, records it for undo under `note`, clears redo (also import-edit.ts's door). */
export function record(note: EditNote, change: Change): Result<void> {
  const inverse = commit(change);
  if (!inverse.ok) return inverse;
  editHistoryStore.update((history) => ({
    undo: [...history.undo, { note, inverse: inverse.value }],
    redo: [],
    log: [...history.log, { note, action: 'edit', at: Date.now() }],
  }));
  return ok(undefined);
}

/** The main method for changing the document: applies, records for undo, clears redo. */
export function applyEdit(edit: Edit): Result<void> {
  return record(edit.note, edit);
}

/** Moves one entry from `from` to `to`, applying its inverse; false when there is none. */
function step(from: 'undo' | 'redo', to: 'undo' | 'redo'): boolean {
  const history = editHistoryStore.get();
  const entry = history[from][history[from].length - 1];
  if (!entry) return false;
  const opposite = commit(entry.inverse);
  if (!opposite.ok) return false;
  editHistoryStore.update({
    [from]: history[from].slice(0, -1),
    [to]: [...history[to], { note: entry.note, inverse: opposite.value }],
    log: [...history.log, { note: entry.note, action: from, at: Date.now() }],
  } as Partial<EditHistory>);
  return true;
}

/** True when the next undo (or redo) swaps the whole dataset (an import), not features within it. */
export function nextStepReplacesDataset(from: 'undo' | 'redo'): boolean {
  const entries = editHistoryStore.get()[from];
  const entry = entries[entries.length - 1];
  return Boolean(entry && 'dataset' in entry.inverse);
}

export const undo = () => step('undo', 'redo');
export const redo = () => step('redo', 'undo');
export const canUndo = () => editHistoryStore.get().undo.length > 0;
export const canRedo = () => editHistoryStore.get().redo.length > 0;

/** Forgets the history (tests; a new project). */
export function clearEditHistory() {
  editHistoryStore.update(EMPTY_HISTORY);
}

export function useEditHistory(): EditHistory {
  return useSyncExternalStore(editHistoryStore.subscribe, editHistoryStore.get);
}

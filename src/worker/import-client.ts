/**
 * Main-thread side of the big-file import (see import-stash.ts for the why): the file bytes
 * are transferred to the worker once per dropped set, features come back in chunks, progress
 * is published for the dialog's bar, and each prepared feature array is remembered with its
 * worker stash key (so `sendLayers` can send the key) and, for a big layer, a Blob of its
 * GeoJSON text (so the map hands MapLibre a blob: URL instead of cloning the objects).
 */
import * as Comlink from 'comlink';
import type { InputFile, PrepareOptions, PreparedFile, RawFeature } from '../io';
import { createStore } from '../state/store';
import { analysisWorker } from './client';
import { discardPreloadedTiles, preloadTiles } from './tiles-client';
import type { ImportProgress } from './import-stash';

import { geojsonBlobOf, stashKeyOf, tableTextOf } from './stash-keys';

const tokens = new WeakMap<InputFile[], number>();
let nextToken = 1;

export const importProgressStore = createStore<{ progress: ImportProgress | null }>({ progress: null });

export async function prepareImportInWorker(files: InputFile[], options: PrepareOptions): Promise<PreparedFile[]> {
  let token = tokens.get(files);
  let send: InputFile[] | null = null;
  if (!token) {
    token = nextToken++;
    tokens.set(files, token);
    send = files;
  }
  const parts: RawFeature[][][] = [];
  const onChunk = Comlink.proxy((index: number, chunk: RawFeature[]) => { (parts[index] ??= []).push(chunk); });
  const onProgress = Comlink.proxy((progress: ImportProgress) => importProgressStore.update({ progress }));
  // Transferred, not copied: the bytes are only needed by the worker, which keeps them for re-runs.
  const payload = send ? Comlink.transfer(send, [...new Set(send.map((file) => file.bytes.buffer as ArrayBuffer))]) : null;
  try {
    const summaries = await analysisWorker().prepareImportStashed(token, payload, options, onChunk, onProgress);
    // The tile worker indexes imported buildings and roads while the planner reads the dialog.
    for (const summary of summaries) {
      if ((summary.role === 'buildings' || summary.role === 'roads') && summary.report.errors === 0 && summary.featureCount > 0) preloadTiles(summary.role, summary.stashKey);
    }
    return summaries.map(({ stashKey, featureCount: _count, blob, tableText, ...file }, index) => {
      const features = (parts[index] ?? []).flat();
      stashKeyOf.set(features, stashKey);
      if (blob) geojsonBlobOf.set(features, blob);
      if (tableText !== undefined) tableTextOf.set(features, tableText);
      return { ...file, features } as PreparedFile;
    });
  } finally {
    importProgressStore.update({ progress: null });
  }
}

/**
 * The import dialog was cancelled: the workers drop its files, prepared features and the
 * buildings and roads indexed ahead now, not at the next import. The loaded layers are not touched.
 */
export function discardImportInWorker(files: InputFile[]): void {
  tokens.delete(files);
  discardPreloadedTiles();
  void analysisWorker().discardImport();
}

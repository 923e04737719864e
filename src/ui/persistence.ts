/**
 * Keeps the workspace in IndexedDB: the dataset when it is not the demo, and always the
 * view (URL hash) and the scenes. Restores it on start before falling back to the demo.
 */
import { clearWorkspace, loadWorkspace, saveWorkspace, type StoredWorkspace } from '../io/workspace-store';
import { datasetStore, replaceDataset } from '../data/dataset';
import { appStore } from '../state/store';
import { hashFromState, stateFromHash } from '../state/url';
import type { LayerSet } from '../model/types';
import type { Scene } from '../state/scenes';

let timer: ReturnType<typeof setTimeout> | null = null;
let enabled = false;

function schedule() {
  if (!enabled) return;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    const dataset = datasetStore.get();
    const state = appStore.get();
    const imported = dataset.source === 'imported';
    const record: StoredWorkspace = {
      version: 1,
      savedAt: new Date().toISOString(),
      layers: imported ? (dataset.layers as Record<string, unknown>) : {},
      tables: imported ? dataset.tables : {},
      source: imported ? 'imported' : 'demo',
      manifest: imported ? dataset.manifest : null,
      hash: hashFromState(state),
      scenes: state.scenes,
    };
    void saveWorkspace(record).catch(() => {});
  }, 400);
}

/** Restores a saved workspace; true when it brought its own data (so the demo is not loaded). */
export async function restoreWorkspace(): Promise<boolean> {
  const saved = await loadWorkspace();
  enabled = true;
  datasetStore.subscribe(schedule);
  appStore.subscribe(schedule);
  if (!saved) return false;
  const patch: Partial<typeof appStore extends { get(): infer S } ? S : never> = { scenes: (saved.scenes as Scene[]) ?? [] };
  // A link's own hash wins over the saved view.
  if (!window.location.hash || window.location.hash === '#') Object.assign(patch, stateFromHash(saved.hash));
  appStore.update(patch);
  if (saved.source === 'imported' && Object.keys(saved.layers).length > 0) {
    replaceDataset(saved.layers as LayerSet, 'imported', saved.manifest, saved.tables);
    return true;
  }
  return false;
}

export async function forgetWorkspace() {
  await clearWorkspace().catch(() => {});
}

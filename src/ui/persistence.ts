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
import { editHistoryStore } from '../data/edits';

let timer: ReturnType<typeof setTimeout> | null = null;
let enabled = false;
/** The data came back from IndexedDB with edits: keep saving it whole until the demo is reloaded. */
let keepRestoredData = false;

function schedule() {
  if (!enabled) return;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    const dataset = datasetStore.get();
    const state = appStore.get();
    // Imported data, and the demo once a planner has edited it (a drawn site), are kept whole.
    const keepData = dataset.source === 'imported' || keepRestoredData || editHistoryStore.get().log.length > 0;
    const record: StoredWorkspace = {
      version: 1,
      savedAt: new Date().toISOString(),
      layers: keepData ? (dataset.layers as Record<string, unknown>) : {},
      tables: keepData ? dataset.tables : {},
      source: dataset.source === 'imported' ? 'imported' : 'demo',
      manifest: keepData ? dataset.manifest : null,
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
  editHistoryStore.subscribe(schedule);
  if (!saved) return false;
  const patch: Partial<typeof appStore extends { get(): infer S } ? S : never> = { scenes: (saved.scenes as Scene[]) ?? [] };
  // A link's own hash wins over the saved view.
  if (!window.location.hash || window.location.hash === '#') Object.assign(patch, stateFromHash(saved.hash));
  appStore.update(patch);
  if (Object.keys(saved.layers).length > 0) {
    keepRestoredData = true;
    replaceDataset(saved.layers as LayerSet, saved.source, saved.manifest, saved.tables);
    return true;
  }
  return false;
}

export async function forgetWorkspace() {
  keepRestoredData = false;
  await clearWorkspace().catch(() => {});
}

/**
 * Keeps the workspace in IndexedDB: always the view (URL hash) and the scenes; the data when
 * it is imported, or the demo once a planner has edited it (a drawn site). The data record is
 * written by the worker, which holds the layers already, and only when the data changes.
 * Restores it on start before falling back to the demo.
 */
import { clearData, clearWorkspace, hasData, loadView, saveView } from '../io/workspace-store';
import { restoreDataInWorker } from '../worker/restore-client';
import { datasetStore, replaceDataset } from '../data/dataset';
import { loadDemo } from '../data/demo';
import { appStore } from '../state/store';
import { hashFromState, stateFromHash } from '../state/url';
import type { LayerSet } from '../model/types';
import type { Scene } from '../state/scenes';
import { editHistoryStore } from '../data/edits';
import { analysisWorker, layersReady } from '../worker/client';
import { loadTiles } from '../worker/tiles-client';

let viewTimer: ReturnType<typeof setTimeout> | null = null;
/** Resolves the promise of the view save the timer is waiting to write (scheduleView). */
let viewWritten: (() => void) | null = null;
/** Saves scheduled or running, until they end (whenSaved). */
const saving = new Set<Promise<unknown>>();
function track(save: Promise<unknown>) {
  saving.add(save);
  const done = () => void saving.delete(save);
  save.then(done, done);
}
/**
 * The data version last saved (or cleared), and whether it was kept: an edit's log entry
 * changes what is kept (the demo once edited) but an import's does not, and saving the same
 * version again cloned a province's layers a second time, at once, in the worker (seconds more
 * before any analysis asked meanwhile could run).
 */
let lastSave: { version: number; kept: boolean } | null = null;
/** The data came back from IndexedDB with edits: keep saving it whole until the demo is reloaded. */
let keepRestoredData = false;
/** Set between restoring the saved data and the store reporting it (skips one needless save). */
let restoredUnsaved = false;

function scheduleView() {
  if (viewTimer) clearTimeout(viewTimer);
  else track(new Promise<void>((resolve) => { viewWritten = resolve; }));
  viewTimer = setTimeout(() => {
    viewTimer = null;
    const written = viewWritten;
    viewWritten = null;
    const state = appStore.get();
    void saveView({ version: 1, savedAt: new Date().toISOString(), hash: hashFromState(state), scenes: state.scenes }).catch(() => {}).finally(() => written?.());
  }, 400);
}

/**
 * Resolves once every save asked for so far has been written (or has failed): the view's,
 * 400 ms after its last change, and the data's, which the worker writes and which takes
 * seconds for a large import. For the e2e tests that reload the page (window.__atlas.whenSaved).
 */
export async function whenSaved(): Promise<void> {
  while (saving.size > 0) await Promise.allSettled([...saving]);
}

async function saveDataIfChanged() {
  const dataset = datasetStore.get();
  if (dataset.version === 0) return;
  const keepData = dataset.source === 'imported' || keepRestoredData || editHistoryStore.get().log.length > 0;
  if (lastSave && lastSave.version === dataset.version && lastSave.kept === keepData) return;
  lastSave = { version: dataset.version, kept: keepData };
  // The data just restored is what is stored: writing it back would only cost the worker seconds.
  if (restoredUnsaved) {
    restoredUnsaved = false;
    return;
  }
  try {
    if (!keepData) await clearData();
    else {
      await layersReady(dataset.version);
      // The map's building and road tiles first: the save structured-clones every layer in the worker
      // (seconds for 100 MB) and would otherwise hold back the first tiles of an import.
      await loadTiles(dataset.version);
      await analysisWorker().saveWorkspaceData(dataset.version, { source: dataset.source === 'imported' ? 'imported' : 'demo', manifest: dataset.manifest });
    }
  } catch {
    // Storage can be full or refused (private mode): the app works on without it.
  }
}

/** Restores a saved workspace; true when it brought its own data (so the demo is not loaded). */
export async function restoreWorkspace(): Promise<boolean> {
  const [view, saved] = await Promise.all([loadView(), hasData()]);
  // The data is read in the worker and comes back in chunks: a 100 MB record read here would
  // block the page for seconds.
  const data = saved ? await restoreDataInWorker().catch(() => null) : null;
  datasetStore.subscribe(() => track(saveDataIfChanged()));
  editHistoryStore.subscribe(() => track(saveDataIfChanged()));
  appStore.subscribe(scheduleView);
  const patch: Partial<ReturnType<typeof appStore.get>> = { scenes: (view?.scenes as Scene[]) ?? [] };
  // A link's own hash wins over the saved view.
  if (view && (!window.location.hash || window.location.hash === '#')) Object.assign(patch, stateFromHash(view.hash));
  appStore.update(patch);
  if (data && Object.keys(data.layers).length > 0) {
    keepRestoredData = true;
    restoredUnsaved = true;
    replaceDataset(data.layers as LayerSet, data.source, data.manifest, data.tables);
    return true;
  }
  return false;
}

export async function forgetWorkspace() {
  keepRestoredData = false;
  await clearWorkspace().catch(() => {});
}

/** Back to the embedded demo: the saved workspace is forgotten, so a reload opens the demo too. */
export async function backToDemo() {
  await forgetWorkspace();
  const demo = await loadDemo();
  replaceDataset(demo.layers, 'demo', demo.manifest, demo.tables);
}

/**
 * The workspace in the browser's IndexedDB, so imported layers, parameters, scenes and the
 * view survive a reload or a closed tab (issue 7). The view is one small record, saved on every
 * change; the data (large, saved only when it changes, from the worker so the page never clones
 * a 100 MB layer set on its own thread) is a record per layer plus one that names them. A save
 * writes only the layers whose features changed since the last (an edit to the communities does
 * not clone a province's 240k buildings again), each in its own transaction so the worker can
 * answer between them, and the naming record last: until it is written, the last save's stands.
 * Plain data only.
 */
export interface StoredView {
  version: 1;
  savedAt: string;
  /** URL hash of the last view. */
  hash: string;
  scenes: unknown[];
}

export interface StoredData {
  version: 1 | 2;
  savedAt: string;
  layers: Record<string, unknown>;
  tables: Record<string, string>;
  source: 'demo' | 'imported';
  manifest: Record<string, unknown> | null;
}

/** The naming record of a save (version 2): each layer's record key instead of the layer. */
interface StoredDataIndex extends Omit<StoredData, 'layers' | 'version'> {
  version: 2;
  layerKeys: Record<string, string>;
}

const DATABASE = 'renewal-atlas';
const STORE = 'workspace';
const LAYER_PREFIX = 'layer:';
const layerRange = () => IDBKeyRange.bound(LAYER_PREFIX, `${LAYER_PREFIX}\uffff`);
/** The record each saved or restored layer is in, by its features array: unchanged layers are not written again. */
const savedKeyOf = new WeakMap<object, string>();
let nextLayerRecord = 0;
const featuresOf = (layer: unknown): object | null => (layer as { features?: unknown } | null)?.features as object ?? null;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(database.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    database.close();
  }
}

export function saveView(view: StoredView): Promise<IDBValidKey> {
  return run('readwrite', (store) => store.put(view, 'view'));
}

/** The save being written: the next waits for it, so an older save's naming record never lands after a newer one's. */
let writing: Promise<void> = Promise.resolve();

/** Writes the layers that changed since the last save, then the record naming them all, then drops the records no longer named. */
export function saveData(data: StoredData): Promise<void> {
  const save = writing.then(() => writeData(data));
  writing = save.catch(() => undefined);
  return save;
}

async function writeData(data: StoredData): Promise<void> {
  const layerKeys: Record<string, string> = {};
  // Reused only if still there: the page clears the data when the demo comes back unedited.
  const existing = new Set((await run('readonly', (store) => store.getAllKeys(layerRange()))).map(String));
  for (const [name, layer] of Object.entries(data.layers)) {
    const features = featuresOf(layer);
    const saved = features ? savedKeyOf.get(features) : undefined;
    if (saved && existing.has(saved)) {
      layerKeys[name] = saved;
      continue;
    }
    const key = `${LAYER_PREFIX}${name}:${Date.now()}:${nextLayerRecord++}`;
    await run('readwrite', (store) => store.put(layer, key));
    if (features) savedKeyOf.set(features, key);
    layerKeys[name] = key;
  }
  const { layers: _layers, ...rest } = data;
  const index: StoredDataIndex = { ...rest, version: 2, layerKeys };
  await run('readwrite', (store) => store.put(index, 'data'));
  // The records this save wrote are all named: only those there before can be stale.
  const kept = new Set(Object.values(layerKeys));
  await dropRecords([...existing].filter((key) => !kept.has(key)));
}

async function dropRecords(keys: readonly IDBValidKey[]): Promise<void> {
  if (keys.length > 0) await run('readwrite', (store) => { for (const key of keys.slice(1)) store.delete(key); return store.delete(keys[0]); });
}

export async function clearData(): Promise<void> {
  await run('readwrite', (store) => store.delete('data'));
  await dropRecords(await run('readonly', (store) => store.getAllKeys(layerRange())));
}

export async function loadView(): Promise<StoredView | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const view = (await run('readonly', (store) => store.get('view'))) as StoredView | undefined;
    return view?.version === 1 ? view : null;
  } catch {
    return null;
  }
}

/**
 * Whether a data record is saved, by its key alone (cheap on the page): reading it is the
 * worker's job, and starting the worker only to hear "nothing saved" held back the demo.
 * True when IndexedDB fails, so the worker's read decides as before.
 */
export async function hasData(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    return (await run('readonly', (store) => store.getKey('data'))) !== undefined;
  } catch {
    return true;
  }
}

/** The saved data; the app reads it in the worker (worker/workspace-restore.ts), not on the page. */
export async function loadData(): Promise<StoredData | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const data = (await run('readonly', (store) => store.get('data'))) as (StoredData & { version: 1 }) | StoredDataIndex | undefined;
    if (data?.version === 1) return data;
    if (data?.version !== 2) return null;
    const { layerKeys, ...rest } = data;
    const layers: Record<string, unknown> = {};
    for (const [name, key] of Object.entries(layerKeys)) {
      const layer = await run('readonly', (store) => store.get(key));
      if (layer === undefined) return null; // a record missing: nothing half restored
      layers[name] = layer;
      const features = featuresOf(layer);
      if (features) savedKeyOf.set(features, key);
    }
    return { ...rest, version: 2, layers };
  } catch {
    return null;
  }
}

export async function clearWorkspace(): Promise<void> {
  await run('readwrite', (store) => store.clear());
}

/**
 * The workspace in the browser's IndexedDB, so imported layers, parameters, scenes and the
 * view survive a reload or a closed tab (issue 7). One record under one key; plain data only.
 */
export interface StoredWorkspace {
  version: 1;
  savedAt: string;
  layers: Record<string, unknown>;
  tables: Record<string, string>;
  source: 'demo' | 'imported';
  manifest: Record<string, unknown> | null;
  /** URL hash of the last view. */
  hash: string;
  scenes: unknown[];
}

const DATABASE = 'renewal-atlas';
const STORE = 'workspace';
const KEY = 'current';

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

export function saveWorkspace(workspace: StoredWorkspace): Promise<IDBValidKey> {
  return run('readwrite', (store) => store.put(workspace, KEY));
}

export async function loadWorkspace(): Promise<StoredWorkspace | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const found = (await run('readonly', (store) => store.get(KEY))) as StoredWorkspace | undefined;
    return found?.version === 1 ? found : null;
  } catch {
    return null;
  }
}

export function clearWorkspace(): Promise<undefined> {
  return run('readwrite', (store) => store.delete(KEY));
}

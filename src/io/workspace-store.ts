/**
 * The workspace in the browser's IndexedDB, so imported layers, parameters, scenes and the
 * view survive a reload or a closed tab (issue 7). Two records: the view (small, saved on
 * every change) and the data (large, saved only when the data changes, from the worker so
 * the page never clones a 100 MB layer set on its own thread). Plain data only.
 */
export interface StoredView {
  version: 1;
  savedAt: string;
  /** URL hash of the last view. */
  hash: string;
  scenes: unknown[];
}

export interface StoredData {
  version: 1;
  savedAt: string;
  layers: Record<string, unknown>;
  tables: Record<string, string>;
  source: 'demo' | 'imported';
  manifest: Record<string, unknown> | null;
}

const DATABASE = 'renewal-atlas';
const STORE = 'workspace';

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

export function saveData(data: StoredData): Promise<IDBValidKey> {
  return run('readwrite', (store) => store.put(data, 'data'));
}

export function clearData(): Promise<undefined> {
  return run('readwrite', (store) => store.delete('data'));
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
    const data = (await run('readonly', (store) => store.get('data'))) as StoredData | undefined;
    return data?.version === 1 ? data : null;
  } catch {
    return null;
  }
}

export async function clearWorkspace(): Promise<void> {
  await run('readwrite', (store) => store.clear());
}

/**
 * The user's 天地图 key (tk), kept in this browser's localStorage: never in the URL, a scene
 * or a project file, which travel to other people. A small store so the map and the picker
 * both follow it.
 */
import { useSyncExternalStore } from 'react';
import { createStore } from '../state/store';

const STORAGE_KEY = 'renewal-atlas:tianditu-key';

function readStored(): string {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? '';
  } catch {
    return ''; // storage refused (private mode): the key lasts for the page
  }
}

const keyStore = createStore<{ key: string }>({ key: readStored() });

export function setTiandituKey(key: string): void {
  keyStore.update({ key });
  try {
    if (key) globalThis.localStorage?.setItem(STORAGE_KEY, key);
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // kept in memory only
  }
}

export function useTiandituKey(): string {
  return useSyncExternalStore(keyStore.subscribe, () => keyStore.get().key);
}

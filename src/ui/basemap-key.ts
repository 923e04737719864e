/**
 * What the online basemaps need from the user: the 天地图 key (tk) and the template of the
 * bureau's own tile server. Kept in this browser's localStorage: never in the URL, a scene or
 * a project file, which travel to other people (a template may carry a token too). A small
 * store so the map and the picker both follow it.
 */
import { useSyncExternalStore } from 'react';
import type { BasemapSettings } from '../map/basemaps';
import { createStore } from '../state/store';

const STORAGE_KEYS = { tiandituKey: 'renewal-atlas:tianditu-key', customUrl: 'renewal-atlas:custom-tiles' } as const;
type Setting = keyof typeof STORAGE_KEYS;

function readStored(name: Setting): string {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEYS[name]) ?? '';
  } catch {
    return ''; // storage refused (private mode): the setting lasts for the page
  }
}

const settingsStore = createStore<Required<BasemapSettings>>({ tiandituKey: readStored('tiandituKey'), customUrl: readStored('customUrl') });

export function setBasemapSetting(name: Setting, value: string): void {
  settingsStore.update({ [name]: value });
  try {
    if (value) globalThis.localStorage?.setItem(STORAGE_KEYS[name], value);
    else globalThis.localStorage?.removeItem(STORAGE_KEYS[name]);
  } catch {
    // kept in memory only
  }
}

export function useBasemapSettings(): Required<BasemapSettings> {
  return useSyncExternalStore(settingsStore.subscribe, settingsStore.get);
}

/** The same settings outside React (an export run between renders). */
export const basemapSettings = (): Required<BasemapSettings> => settingsStore.get();

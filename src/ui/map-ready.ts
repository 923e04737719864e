/**
 * Whether the map has drawn its first data (the root's `data-atlas-ready`, set by MapView).
 * What is not needed for that first frame — the dashboard's charts and their ECharts chunk —
 * waits for it, so opening with the dashboard does not delay the map. If the map cannot get
 * there (no WebGL, the data failed), the wait ends after a while anyway.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { createStore } from '../state/store';

const readyStore = createStore({ ready: false });

export const FALLBACK_MS = 10_000;

export function markMapReady(): void {
  document.getElementById('root')?.setAttribute('data-atlas-ready', 'true');
  document.documentElement.setAttribute('data-atlas-ready', 'true');
  if (readyStore.get().ready) return;
  performance.mark('atlas-ready');
  readyStore.update({ ready: true });
}

export function useMapReady(fallbackMs = FALLBACK_MS): boolean {
  const ready = useSyncExternalStore(readyStore.subscribe, () => readyStore.get().ready);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => readyStore.update({ ready: true }), fallbackMs);
    return () => clearTimeout(timer);
  }, [ready, fallbackMs]);
  return ready;
}

/**
 * The typed client the UI calls: one module worker wrapped with comlink. Progress
 * callbacks cross as comlink proxies. Layers are sent once per data version; every call
 * waits until the worker holds the version it names.
 */
import * as Comlink from 'comlink';
import type { LayerSet } from '../model/types';
import type { AnalysisApi } from './api';

let remote: Comlink.Remote<AnalysisApi> | null = null;
let layersSent: { version: number; done: Promise<unknown> } = { version: 0, done: Promise.resolve() };

export function analysisWorker(): Comlink.Remote<AnalysisApi> {
  if (!remote) {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    remote = Comlink.wrap<AnalysisApi>(worker);
  }
  return remote;
}

export function sendLayers(version: number, layers: LayerSet, tables: Record<string, string> = {}): Promise<unknown> {
  if (layersSent.version !== version) layersSent = { version, done: analysisWorker().setLayers(version, layers, tables) };
  return layersSent.done;
}

/** Resolves once the worker holds `version` (or at once if another version was sent since). */
export async function layersReady(version: number): Promise<void> {
  while (layersSent.version !== version) await new Promise((resolve) => setTimeout(resolve, 20));
  await layersSent.done;
}

export const progressProxy = (callback: (fraction: number, note?: string) => void) => Comlink.proxy(callback);

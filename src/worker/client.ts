/**
 * The typed client the UI calls: one module worker wrapped with comlink. Progress
 * callbacks cross as comlink proxies. Layers are sent once per data version; every call
 * waits until the worker holds the version it names.
 */
import * as Comlink from 'comlink';
import type { LayerSet } from '../model/types';
import type { AnalysisApi } from './api';
import { stashKeyOf } from './stash-keys';

let remote: Comlink.Remote<AnalysisApi> | null = null;
let layersSent: { version: number; done: Promise<unknown> } = { version: 0, done: Promise.resolve() };

export function analysisWorker(): Comlink.Remote<AnalysisApi> {
  if (!remote) {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    remote = Comlink.wrap<AnalysisApi>(worker);
  }
  return remote;
}

/**
 * A layer whose features the worker prepared itself (an import) is sent as its stash key:
 * cloning 100 MB of features back would block the main thread for seconds. If the worker no
 * longer holds the key, the layers are sent whole.
 */
export function sendLayers(version: number, layers: LayerSet, tables: Record<string, string> = {}): Promise<unknown> {
  if (layersSent.version === version) return layersSent.done;
  const byKey: Record<string, unknown> = {};
  let anyKey = false;
  for (const [name, layer] of Object.entries(layers)) {
    const key = layer ? stashKeyOf.get(layer.features) : undefined;
    anyKey ||= key !== undefined;
    byKey[name] = key ? { type: 'FeatureCollection', stashKey: key } : layer;
  }
  const worker = analysisWorker();
  const done = anyKey
    ? worker.setLayers(version, byKey as LayerSet, tables).catch(() => worker.setLayers(version, layers, tables))
    : worker.setLayers(version, layers, tables);
  layersSent = { version, done };
  return done;
}

/** A call for data the app has moved past: a later version was sent before this one's turn. */
export class StaleLayersError extends Error {
  constructor(version: number, current: number) {
    super(`layers of version ${version} were replaced by version ${current} before the call ran`);
  }
}

/**
 * Resolves once the worker holds `version`; rejects with StaleLayersError when a later version
 * was sent first (a layer removed while a query of the version before was starting). It used to
 * poll for that version forever, and the query stayed "fetching" for good.
 */
export async function layersReady(version: number): Promise<void> {
  while (layersSent.version < version) await new Promise((resolve) => setTimeout(resolve, 20));
  if (layersSent.version !== version) throw new StaleLayersError(version, layersSent.version);
  await layersSent.done;
}

/** Resolves once the worker holds `version` or a later one (the building tiles accept either). */
export async function layersAtLeast(version: number): Promise<void> {
  while (layersSent.version < version) await new Promise((resolve) => setTimeout(resolve, 20));
  await layersSent.done;
}

export const progressProxy = (callback: (fraction: number, note?: string) => void) => Comlink.proxy(callback);

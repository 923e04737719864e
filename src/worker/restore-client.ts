/**
 * Page side of reopening a saved workspace (workspace-restore.ts): the worker reads the data
 * record and sends each layer's features in chunks; each layer's array is remembered with its
 * stash key, so sending the layers back to the worker costs nothing.
 */
import * as Comlink from 'comlink';
import type { RawFeature } from '../io';
import type { LayerSet } from '../model/types';
import { analysisWorker } from './client';
import { stashKeyOf } from './stash-keys';
import type { RestoredData } from './workspace-restore';

export async function restoreDataInWorker(): Promise<(Omit<RestoredData, 'layers'> & { layers: LayerSet }) | null> {
  const parts: Record<string, RawFeature[][]> = {};
  const onChunk = Comlink.proxy((name: string, chunk: RawFeature[]) => { (parts[name] ??= []).push(chunk); });
  const restored = await analysisWorker().restoreWorkspaceData(onChunk);
  if (!restored) return null;
  const layers: Record<string, unknown> = {};
  for (const [name, { stashKey }] of Object.entries(restored.layers)) {
    const features = (parts[name] ?? []).flat();
    stashKeyOf.set(features, stashKey);
    layers[name] = { type: 'FeatureCollection', features };
  }
  return { ...restored, layers: layers as LayerSet };
}

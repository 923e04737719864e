/**
 * Worker side of reopening a saved workspace: the data record (100 MB after a big import) is
 * read from IndexedDB here, not on the page, kept in the import stash under a key per layer,
 * and sent to the page in chunks like an import's features (import-stash.ts), so the page
 * never deserialises it in one task and `sendLayers` can send the keys back, not the features.
 */
import { loadData, type StoredData } from '../io/workspace-store';
import type { RawFeature } from '../io';
import { CHUNK_FEATURES, stashFeatures } from './import-stash';

export interface RestoredData extends Omit<StoredData, 'layers' | 'version' | 'savedAt'> {
  layers: Record<string, { stashKey: string; featureCount: number }>;
}

export async function restoreStashed(onChunk: (layer: string, features: RawFeature[]) => Promise<void> | void): Promise<RestoredData | null> {
  const data = await loadData();
  if (!data || Object.keys(data.layers).length === 0) return null;
  const layers: RestoredData['layers'] = {};
  for (const [name, layer] of Object.entries(data.layers)) {
    const features = (layer as { features?: RawFeature[] } | null)?.features ?? [];
    for (let at = 0; at < features.length; at += CHUNK_FEATURES) await onChunk(name, features.slice(at, at + CHUNK_FEATURES));
    layers[name] = { stashKey: stashFeatures(features), featureCount: features.length };
  }
  return { source: data.source, manifest: data.manifest, tables: data.tables, layers };
}

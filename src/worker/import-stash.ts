/**
 * Worker side of the import path for big files (issue 7 target: a 100 MB GeoJSON with no
 * main-thread task over 200 ms). Three things the plain `prepareImport` call did on the main
 * thread in one piece, and that this module splits up or avoids:
 *  - the file bytes arrive once, transferred, and are kept here for the dialog's re-runs (a
 *    changed role or CRS re-prepares from these, not from a second 100 MB copy);
 *  - the prepared features go back in chunks, each its own message, so the main thread
 *    deserialises ~50 ms at a time instead of seconds at once; `raw.features` (the unmapped
 *    copy) never goes back at all;
 *  - the prepared features stay here under a key, so when the dialog applies them the client
 *    sends the key instead of cloning the layer back (see `resolveStashed`), and a big layer
 *    other than the tiled ones (buildings, roads: tiles/tile-layers.ts) also comes back as
 *    GeoJSON text in a Blob for MapLibre's own worker to fetch and parse.
 */
import type { InputFile, PrepareOptions, PreparedFile, RawFeature } from '../io';
import type { LayerSet } from '../model/types';
import { TILE_LAYERS } from './tiles/tile-layers';

/**
 * Features per chunk: ~2.5 MB of structured clone. 15,000 (~8 MB) was measured at 226 ms on
 * the main thread of a loaded machine (a trace: the message handler with a scavenge), over
 * the 200 ms task budget; a third of it stays well under.
 */
export const CHUNK_FEATURES = 5_000;
/**
 * From this many features (one chunk's worth) a layer also comes back as GeoJSON text for
 * MapLibre to fetch. Not buildings: the map draws those as vector tiles cut in the tile worker
 * (tiles-client.ts). At 20,000 the province demo's communities, facilities and protected
 * objects (12k, 16.5k, 6k features) were cloned to MapLibre's worker on the main thread when
 * applied, 0.37 s of the apply click's task.
 */
export const BLOB_FROM_FEATURES = CHUNK_FEATURES;
/** Layers MapLibre gets as the tile worker's tiles, never as GeoJSON: no Blob for them. */
const TILED: ReadonlySet<string | null | undefined> = new Set(TILE_LAYERS);

export type ImportProgress = { stage: 'read' | 'prepare' | 'send'; done: number; total: number; fileName?: string };

export interface PreparedSummary extends Omit<PreparedFile, 'features'> {
  stashKey: string;
  featureCount: number;
  /** GeoJSON text of the features (a big layer only), for a blob: URL. */
  blob?: Blob;
  /**
   * A table's rows as the CSV text the app keeps tables in (surveys, elevator votes): written
   * here, not by the apply click (110k vote rows were 0.25 s of that task on the page).
   */
  tableText?: string;
}

let inputs: { token: number; files: InputFile[] } | null = null;
/** Keys of every preparation of the files in `inputs` (a re-run with other options makes another). */
const preparedKeys = new Set<string>();
const stash = new Map<string, RawFeature[]>();
/** Keys the loaded layers refer to: kept when older stashed preparations are dropped. */
let inUse = new Set<string>();
let nextKey = 1;

export async function prepareStashed(
  token: number,
  files: InputFile[] | null,
  options: PrepareOptions,
  onChunk: (fileIndex: number, features: RawFeature[]) => Promise<void> | void,
  onProgress?: (progress: ImportProgress) => void,
): Promise<PreparedSummary[]> {
  // Set before any await, so a re-run posted right behind the first finds the files.
  if (files) {
    inputs = { token, files };
    preparedKeys.clear();
  }
  if (!inputs || inputs.token !== token) throw new Error('the import files are no longer held by the worker; drop them again');
  const source = inputs.files;
  const total = source.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  onProgress?.({ stage: 'read', done: 0, total });
  // Loaded on first use: the readers, proj4 and the validators are not needed to start the worker.
  const { prepareImport } = await import('../io');
  const prepared = await prepareImport(source, options);
  // Cancelled while it read (discardUnapplied): nothing to keep, nothing to send.
  if (inputs?.token !== token) return [];
  onProgress?.({ stage: 'prepare', done: total, total });
  for (const key of [...stash.keys()]) if (!inUse.has(key)) stash.delete(key);
  const summaries: PreparedSummary[] = [];
  const featureTotal = prepared.reduce((sum, file) => sum + file.features.length, 0);
  let sent = 0;
  for (const [index, file] of prepared.entries()) {
    const key = stashFeatures(file.features);
    preparedKeys.add(key);
    for (let at = 0; at < file.features.length; at += CHUNK_FEATURES) {
      await onChunk(index, file.features.slice(at, at + CHUNK_FEATURES));
      sent += Math.min(CHUNK_FEATURES, file.features.length - at);
      onProgress?.({ stage: 'send', done: sent, total: featureTotal, fileName: file.fileName });
    }
    const blob = !TILED.has(file.role) && file.features.length >= BLOB_FROM_FEATURES && file.report.errors === 0 ? geojsonBlob(file.features) : undefined;
    // The CSV writer (Papa Parse, the field aliases) loads on demand: not in the worker's first chunk.
    const tableText = (file.role === 'surveys' || file.role === 'elevatorVotes') && file.report.errors === 0 ? (await import('../io/write/csv')).tableCsv(file.features) : undefined;
    const { features, raw, ...rest } = file;
    summaries.push({ ...rest, raw: raw && { ...raw, features: [] }, stashKey: key, featureCount: features.length, blob, tableText });
  }
  return summaries;
}

/** GeoJSON text built a feature at a time, so no single 100 MB string has to exist. */
function geojsonBlob(features: RawFeature[]): Blob {
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  features.forEach((feature, i) => parts.push(i ? `,${JSON.stringify(feature)}` : JSON.stringify(feature)));
  parts.push(']}');
  return new Blob(parts, { type: 'application/geo+json' });
}

/**
 * An import cancelled: its files' bytes and prepared features go (a province's are hundreds of
 * MB), not the layers already loaded. Returns the keys still held.
 */
export function discardUnapplied(): ReadonlySet<string> {
  inputs = null;
  preparedKeys.clear();
  for (const key of [...stash.keys()]) if (!inUse.has(key)) stash.delete(key);
  return new Set(stash.keys());
}

/**
 * The import was applied: its files' bytes (a province's 140 MB), kept for a re-run with other
 * options while the dialog was open, and the preparations not applied go now, not at the next
 * import. An earlier import's features stay until then (undo goes back to them by key).
 */
function letGoOfApplied(used: ReadonlySet<string>): void {
  inputs = null;
  for (const key of preparedKeys) if (!used.has(key)) stash.delete(key);
  preparedKeys.clear();
}

/** Keeps features here under a new key (also used by the workspace restore). */
export function stashFeatures(features: RawFeature[]): string {
  const key = `import-${nextKey++}`;
  stash.set(key, features);
  return key;
}

/** The features stashed under `key`, if still held. */
export const stashedFeatures = (key: string): RawFeature[] | undefined => stash.get(key);

/** A layer sent by reference: the client found its features came from this worker's stash. */
export interface StashedLayer {
  type: 'FeatureCollection';
  stashKey: string;
}

export function isStashed(value: unknown): value is StashedLayer {
  return typeof value === 'object' && value !== null && typeof (value as StashedLayer).stashKey === 'string';
}

/** Puts the stashed features back in place of their keys; throws if a key is no longer held. */
export function resolveStashed(layers: LayerSet): LayerSet {
  const out: Record<string, unknown> = {};
  const used = new Set<string>();
  for (const [name, layer] of Object.entries(layers)) {
    if (!isStashed(layer)) { out[name] = layer; continue; }
    const features = stash.get(layer.stashKey);
    if (!features) throw new Error(`STASH_MISSING ${layer.stashKey}`);
    used.add(layer.stashKey);
    out[name] = { type: 'FeatureCollection', features };
  }
  inUse = used;
  if ([...used].some((key) => preparedKeys.has(key))) letGoOfApplied(used);
  return out as LayerSet;
}

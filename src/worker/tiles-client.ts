/**
 * The page's side of the tiled layers (tiles/tile-layers.ts: buildings, roads): a MapLibre
 * protocol (`atlas-tiles://`) whose requests go to the tile worker. When such a layer changes,
 * the analysis worker (which already holds it, an import never crosses the page) flattens it
 * and the buffers are transferred, not copied, to the tile worker. The URL carries the data
 * version so MapLibre refetches.
 */
import * as Comlink from 'comlink';
import { addProtocol } from 'maplibre-gl';
import type { TileApi } from './tiles/tile-api';
import { layerTransferables, TILE_LAYERS, type TileBuffers, type TileLayerName } from './tiles/tile-layers';
import { analysisWorker, layersAtLeast } from './client';

export const TILE_PROTOCOL = 'atlas-tiles';

let remote: Comlink.Remote<TileApi> | null = null;
function tileWorker(): Comlink.Remote<TileApi> {
  if (!remote) remote = Comlink.wrap<TileApi>(new Worker(new URL('./tiles.worker.ts', import.meta.url), { type: 'module' }));
  return remote;
}

const loaded = new Map<TileLayerName, { version: number; done: Promise<void> }>();
/** Imports whose layers the tile worker is indexing ahead, by layer and stash key (preloadTiles). */
const preloads = new Map<string, Promise<unknown>>();
const preloadKey = (layer: TileLayerName, stashKey: string) => `${layer}:${stashKey}`;

/**
 * While the import dialog is open: the tile worker indexes an imported layer (`stashKey`,
 * flattened by the analysis worker) without drawing it, so applying only switches to it.
 */
export function preloadTiles(layer: TileLayerName, stashKey: string): void {
  // The tile worker keeps the latest of each layer only.
  for (const key of preloads.keys()) if (key.startsWith(`${layer}:`)) preloads.delete(key);
  const key = preloadKey(layer, stashKey);
  preloads.set(key, (async () => {
    const buffers = await analysisWorker().tilesAhead(layer, stashKey);
    // Not if the import was cancelled (or another begun) meanwhile.
    if (buffers && preloads.has(key)) await tileWorker().preload(layer, stashKey, Comlink.transfer(buffers, layerTransferables(layer, buffers)));
  })().catch(() => undefined));
}

/** The import was cancelled: the tile worker drops what it indexed ahead. */
export function discardPreloadedTiles(): void {
  if (preloads.size === 0) return;
  preloads.clear();
  void tileWorker().discardPending();
}

/** Loads `layer` of data version `version` (or later) into the tile worker, once. */
function loadLayerTiles(layer: TileLayerName, version: number): Promise<void> {
  const current = loaded.get(layer);
  if (current && current.version >= version) return current.done;
  // The marks let the browser benchmark split the time from new data to the first tile.
  const done = (async () => {
    performance.mark(`atlas:tiles-wait-layers:${layer}`);
    await layersAtLeast(version);
    performance.mark(`atlas:tiles-flatten:${layer}`);
    let buffers = await analysisWorker().tileBuffers(layer);
    performance.mark(`atlas:tiles-index:${layer}`);
    if (buffers && 'ahead' in buffers) {
      // Indexed ahead (preloadTiles): switch to them; if the tile worker has not got them (a
      // failed or replaced preload), flatten again.
      await preloads.get(preloadKey(layer, buffers.ahead));
      if (await tileWorker().activate(layer, buffers.ahead)) buffers = null;
      else buffers = (await analysisWorker().tileBuffers(layer, true)) as TileBuffers | null;
    }
    if (buffers && !('ahead' in buffers)) await tileWorker().load(layer, Comlink.transfer(buffers, layerTransferables(layer, buffers)));
    performance.mark(`atlas:tiles-ready:${layer}`);
  })();
  loaded.set(layer, { version, done });
  return done;
}

/** Loads every tiled layer of data version `version` (or later) into the tile worker. */
export async function loadTiles(version: number): Promise<void> {
  await Promise.all(TILE_LAYERS.map((layer) => loadLayerTiles(layer, version)));
}

export const tileUrl = (layer: TileLayerName, version: number) => `${TILE_PROTOCOL}://${layer}/{z}/{x}/{y}?v=${version}`;

let registered = false;
/** Registers the protocol with MapLibre (once per page). */
export function registerTileProtocol() {
  if (registered) return;
  registered = true;
  // Started now, while the page loads its data: a worker takes ~0.5 s to start on a slow machine.
  tileWorker();
  addProtocol(TILE_PROTOCOL, async (params, abortController) => {
    const match = /^[a-z-]+:\/\/(buildings|roads)\/(\d+)\/(\d+)\/(\d+)\?v=(\d+)$/.exec(params.url);
    if (!match) throw new Error(`not an atlas tile: ${params.url}`);
    const layer = match[1] as TileLayerName;
    const [z, x, y, version] = match.slice(2).map(Number);
    if (version === 0) return { data: new ArrayBuffer(0) };
    await loadLayerTiles(layer, version);
    // A tile panned out of view while waiting is not cut (the tile worker cannot be interrupted).
    if (abortController.signal.aborted) throw new DOMException('tile request aborted', 'AbortError');
    const bytes = await tileWorker().tile(layer, z, x, y);
    return { data: bytes.buffer as ArrayBuffer };
  });
}

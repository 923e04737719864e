/**
 * The page's side of the building tiles: a MapLibre protocol (`atlas-tiles://`) whose requests
 * go to the tile worker. When the buildings change, the analysis worker (which already holds
 * them, an import never crosses the page) flattens them and the buffers are transferred, not
 * copied, to the tile worker. The URL carries the data version so MapLibre refetches.
 */
import * as Comlink from 'comlink';
import { addProtocol } from 'maplibre-gl';
import { transferablesOf, type BuildingBuffers } from './tiles/building-buffers';
import type { TileApi } from './tiles/tile-api';
import { analysisWorker, layersAtLeast } from './client';

export const TILE_PROTOCOL = 'atlas-tiles';

let remote: Comlink.Remote<TileApi> | null = null;
function tileWorker(): Comlink.Remote<TileApi> {
  if (!remote) remote = Comlink.wrap<TileApi>(new Worker(new URL('./tiles.worker.ts', import.meta.url), { type: 'module' }));
  return remote;
}

let loaded: { version: number; done: Promise<void> } = { version: 0, done: Promise.resolve() };
/** Imports whose buildings the tile worker is indexing ahead, by stash key (preloadBuildingTiles). */
const preloads = new Map<string, Promise<unknown>>();

/**
 * While the import dialog is open: the tile worker indexes the imported buildings (`stashKey`,
 * flattened by the analysis worker) without drawing them, so applying only switches to them.
 */
export function preloadBuildingTiles(stashKey: string): void {
  preloads.clear(); // the tile worker keeps the latest only
  preloads.set(stashKey, (async () => {
    const buffers = await analysisWorker().buildingsAhead(stashKey);
    // Not if the import was cancelled (or another begun) meanwhile.
    if (buffers && preloads.has(stashKey)) await tileWorker().preload(stashKey, Comlink.transfer(buffers, transferablesOf(buffers)));
  })().catch(() => undefined));
}

/** The import was cancelled: the tile worker drops the buildings it indexed ahead. */
export function discardPreloadedTiles(): void {
  if (preloads.size === 0) return;
  preloads.clear();
  void tileWorker().discardPending();
}

/** Loads the buildings of data version `version` (or later) into the tile worker, once. */
export function loadBuildingTiles(version: number): Promise<void> {
  if (loaded.version >= version) return loaded.done;
  // The marks let the browser benchmark split the time from new data to the first tile.
  const done = (async () => {
    performance.mark('atlas:tiles-wait-layers');
    await layersAtLeast(version);
    performance.mark('atlas:tiles-flatten');
    let buffers = await analysisWorker().buildingBuffers();
    performance.mark('atlas:tiles-index');
    if (buffers && 'ahead' in buffers) {
      // Indexed ahead (preloadBuildingTiles): switch to them; if the tile worker has not got
      // them (a failed or replaced preload), flatten again.
      await preloads.get(buffers.ahead);
      if (await tileWorker().activate(buffers.ahead)) buffers = null;
      else buffers = (await analysisWorker().buildingBuffers(true)) as BuildingBuffers | null;
    }
    if (buffers && !('ahead' in buffers)) await tileWorker().load(Comlink.transfer(buffers, transferablesOf(buffers)));
    performance.mark('atlas:tiles-ready');
  })();
  loaded = { version, done };
  return done;
}

export const buildingTileUrl = (version: number) => `${TILE_PROTOCOL}://buildings/{z}/{x}/{y}?v=${version}`;

let registered = false;
/** Registers the protocol with MapLibre (once per page). */
export function registerTileProtocol() {
  if (registered) return;
  registered = true;
  // Started now, while the page loads its data: a worker takes ~0.5 s to start on a slow machine.
  tileWorker();
  addProtocol(TILE_PROTOCOL, async (params, abortController) => {
    const match = /^[a-z-]+:\/\/buildings\/(\d+)\/(\d+)\/(\d+)\?v=(\d+)$/.exec(params.url);
    if (!match) throw new Error(`not a building tile: ${params.url}`);
    const [z, x, y, version] = match.slice(1).map(Number);
    if (version === 0) return { data: new ArrayBuffer(0) };
    await loadBuildingTiles(version);
    // A tile panned out of view while waiting is not cut (the tile worker cannot be interrupted).
    if (abortController.signal.aborted) throw new DOMException('tile request aborted', 'AbortError');
    const bytes = await tileWorker().tile(z, x, y);
    return { data: bytes.buffer as ArrayBuffer };
  });
}

/**
 * The tile worker's registry (tiles.worker.ts): per tile layer (tile-layers.ts) it holds one
 * set of buffers, sent by the analysis worker through the page as transferred buffers, and cuts
 * tiles from it. It is a worker of its own so panning never waits behind a long analysis in the
 * analysis worker.
 */
import * as Comlink from 'comlink';
import { cutterOf, type TileBuffers, type TileCutter, type TileLayerName } from './tile-layers';

const loaded = new Map<TileLayerName, TileCutter>();
/** Per layer, an import's features indexed while the import dialog is open, under its token, until applied. */
const pending = new Map<TileLayerName, { token: string; tiles: TileCutter }>();

export const tileApi = {
  load(layer: TileLayerName, buffers: TileBuffers): number {
    loaded.set(layer, cutterOf(layer, buffers));
    return buffers.count;
  },
  /** Indexes an import's layer ahead, drawn only once `activate(layer, token)` (one pending set a layer: the latest). */
  preload(layer: TileLayerName, token: string, buffers: TileBuffers): number {
    pending.set(layer, { token, tiles: cutterOf(layer, buffers) });
    return buffers.count;
  },
  /** Drops the pending sets (their import was cancelled); what is drawn stays. */
  discardPending(): void {
    pending.clear();
  },
  /** Draws the layer's pending set if it is `token`'s; false (nothing changed) otherwise. */
  activate(layer: TileLayerName, token: string): boolean {
    const set = pending.get(layer);
    if (!set || set.token !== token) return false;
    loaded.set(layer, set.tiles);
    pending.delete(layer);
    return true;
  },
  /** The encoded tile, its buffer transferred back; empty before the layer is loaded. */
  tile(layer: TileLayerName, z: number, x: number, y: number): Uint8Array {
    const cutter = loaded.get(layer);
    const encoded = cutter ? cutter.tile(z, x, y) : new Uint8Array(0);
    // The encoder returns a view on a larger buffer: copy it out so the whole buffer is the tile.
    const bytes = encoded.byteLength === encoded.buffer.byteLength ? encoded : encoded.slice();
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
};

export type TileApi = typeof tileApi;

/**
 * The tile worker's registry (tiles.worker.ts): it holds one set of building buffers, sent by
 * the analysis worker through the page as transferred buffers, and cuts tiles from it. It is a
 * worker of its own so panning never waits behind a long analysis in the analysis worker.
 */
import * as Comlink from 'comlink';
import type { BuildingBuffers } from './building-buffers';
import { BuildingTiles } from './building-tiles';

let loaded: BuildingTiles | null = null;
/** Imported buildings indexed while the import dialog is open, under their import's token, until applied. */
let pending: { token: string; tiles: BuildingTiles } | null = null;

export const tileApi = {
  load(buffers: BuildingBuffers): number {
    loaded = new BuildingTiles(buffers);
    return buffers.count;
  },
  /** Indexes an import's buildings ahead, drawn only once `activate(token)` (one pending set: the latest). */
  preload(token: string, buffers: BuildingBuffers): number {
    pending = { token, tiles: new BuildingTiles(buffers) };
    return buffers.count;
  },
  /** Drops the pending set (its import was cancelled); what is drawn stays. */
  discardPending(): void {
    pending = null;
  },
  /** Draws the pending set if it is `token`'s; false (nothing changed) otherwise. */
  activate(token: string): boolean {
    if (!pending || pending.token !== token) return false;
    loaded = pending.tiles;
    pending = null;
    return true;
  },
  /** The encoded tile, its buffer transferred back; empty before any buildings are loaded. */
  tile(z: number, x: number, y: number): Uint8Array {
    const encoded = loaded ? loaded.tile(z, x, y) : new Uint8Array(0);
    // The encoder returns a view on a larger buffer: copy it out so the whole buffer is the tile.
    const bytes = encoded.byteLength === encoded.buffer.byteLength ? encoded : encoded.slice();
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
};

export type TileApi = typeof tileApi;

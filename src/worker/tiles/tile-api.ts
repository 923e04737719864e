/**
 * The tile worker's registry (tiles.worker.ts): it holds one set of building buffers, sent by
 * the analysis worker through the page as transferred buffers, and cuts tiles from it. It is a
 * worker of its own so panning never waits behind a long analysis in the analysis worker.
 */
import * as Comlink from 'comlink';
import type { BuildingBuffers } from './building-buffers';
import { BuildingTiles } from './building-tiles';

let loaded: BuildingTiles | null = null;

export const tileApi = {
  load(buffers: BuildingBuffers): number {
    loaded = new BuildingTiles(buffers);
    return buffers.count;
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

/**
 * The layers drawn from vector tiles the tile worker cuts (issue 9 item 3): the buildings
 * (240k polygons at province) and the roads (188k segments). MapLibre's GeoJSON path parses,
 * converts and indexes a whole layer in its worker before the first tile, and keeps that index:
 * for the province's roads 320 MB of its worker's heap and seconds of the import. The analysis
 * worker, which holds the features already, flattens each layer into typed arrays (this file
 * names how), and the tile worker cuts only the tiles in view. Pure: no DOM, no worker API.
 */
import { FIELD_DEFAULTS } from '../../model/standards';
import { DETAIL_MIN_ZOOM, MAIN_ROAD_WIDTH_M } from '../../map/detail-zoom';
import { buildBuildingBuffers, transferablesOf, type BuildingBuffers, type BuildingLike } from './building-buffers';
import { BuildingTiles } from './building-tiles';
import { buildRoadBuffers, roadTransferables, type RoadBuffers } from './road-buffers';
import { RoadTiles } from './road-tiles';

export type TileLayerName = 'buildings' | 'roads';
export const TILE_LAYERS: readonly TileLayerName[] = ['buildings', 'roads'];
export type TileBuffers = BuildingBuffers | RoadBuffers;

export interface TileCutter {
  tile(z: number, x: number, y: number): Uint8Array;
}

/** The layer's features as the typed arrays its tiles are cut from. */
export function flattenLayer(layer: TileLayerName, features: readonly BuildingLike[]): TileBuffers {
  return layer === 'buildings' ? buildBuildingBuffers(features) : buildRoadBuffers(features);
}

/** The buffers to transfer (Comlink.transfer) rather than copy. */
export function layerTransferables(layer: TileLayerName, buffers: TileBuffers): ArrayBuffer[] {
  return layer === 'buildings' ? transferablesOf(buffers as BuildingBuffers) : roadTransferables(buffers as RoadBuffers);
}

/**
 * The tile cutter of a flattened layer. Roads below DETAIL_MIN_ZOOM carry only the main roads,
 * as the style's ROADS_SHOWN filter draws them: a province's tiles at its overview stay light.
 */
export function cutterOf(layer: TileLayerName, buffers: TileBuffers): TileCutter {
  if (layer === 'buildings') return new BuildingTiles(buffers as BuildingBuffers);
  return new RoadTiles(buffers as RoadBuffers, { mainWidthM: MAIN_ROAD_WIDTH_M, mainOnlyBelowZoom: DETAIL_MIN_ZOOM, defaultWidthM: FIELD_DEFAULTS.roadWidthM });
}

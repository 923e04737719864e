/**
 * Local transverse Mercator centred on the dataset (DESIGN §3): every metric computation
 * (areas, distances) is planar in it.
 */
import proj4 from 'proj4';
import type { Geometry, Position } from 'geojson';
import type { LayerSet } from '../../model/types';
import type { BBox, Point } from './planar';

export interface LocalProjection {
  centre: Point;
  /** The proj4 definition, for reports. */
  definition: string;
  forward(lonLat: Position): Point;
  inverse(xy: Point): Point;
}

export function createLocalProjection(centreLon: number, centreLat: number): LocalProjection {
  const definition = `+proj=tmerc +lat_0=${centreLat} +lon_0=${centreLon} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`;
  const converter = proj4('EPSG:4326', definition);
  return {
    centre: [centreLon, centreLat],
    definition,
    forward: (lonLat) => converter.forward([lonLat[0], lonLat[1]]) as Point,
    inverse: (xy) => converter.inverse([xy[0], xy[1]]) as Point,
  };
}

function extendByPositions(box: BBox, geometry: Geometry | null | undefined): void {
  if (!geometry) return;
  const visit = (coordinates: unknown): void => {
    if (!Array.isArray(coordinates)) return;
    if (typeof coordinates[0] === 'number') {
      const [x, y] = coordinates as number[];
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
      return;
    }
    for (const child of coordinates) visit(child);
  };
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => extendByPositions(box, g));
  else visit(geometry.coordinates);
}

/** Lon/lat bounding box of every feature of every layer given; null when there is none. */
export function layerSetBbox(layers: LayerSet): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const collection of Object.values(layers)) {
    for (const feature of collection?.features ?? []) extendByPositions(box, feature.geometry as Geometry);
  }
  return Number.isFinite(box[0]) ? box : null;
}

/** The projection centred on the bounding-box centre of every loaded layer (§3.6). */
export function projectionForLayers(layers: LayerSet): LocalProjection {
  const box = layerSetBbox(layers) ?? [120.15, 30.27, 120.15, 30.27];
  return createLocalProjection((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
}

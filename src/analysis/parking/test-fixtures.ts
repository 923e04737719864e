/**
 * Test helper: fixtures drawn in planar metres and turned into lon/lat so that, once the
 * engine projects them with its own local tmerc (centred on the bbox centre, DESIGN §3), the
 * metres come back to within ~1e-9 m. The metre drawing is shifted until the lon/lat bbox
 * centre is the projection centre used to unproject it, which makes the round trip exact.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LayerName } from '../../model/layers';
import type { LayerSet } from '../../model/types';
import { createLocalProjection, projectionForLayers } from '../geometry/projection';

type XY = [number, number];
export interface MetreFeature {
  properties: Record<string, unknown>;
  /** A point, or a polygon's outer ring (open or closed), in metres. */
  point?: XY;
  ring?: XY[];
  /** Several outer rings: a MultiPolygon. */
  rings?: XY[][];
}
export type MetreLayers = Partial<Record<LayerName, MetreFeature[]>>;

export const rect = (x0: number, y0: number, x1: number, y1: number): XY[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

function toGeometry(feature: MetreFeature, inverse: (p: XY) => XY, shift: XY): Geometry {
  const move = (p: XY): XY => inverse([p[0] + shift[0], p[1] + shift[1]]);
  const closed = (ring: XY[]) => {
    const out = ring.map(move);
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) out.push(out[0]);
    else out[out.length - 1] = out[0]; // exactly equal ends after rounding
    return out;
  };
  if (feature.point) return { type: 'Point', coordinates: move(feature.point) };
  if (feature.rings) return { type: 'MultiPolygon', coordinates: feature.rings.map((r) => [closed(r)]) };
  return { type: 'Polygon', coordinates: [closed(feature.ring ?? [])] };
}

/** Builds a LayerSet from metre drawings; distances and areas survive to ~1e-9 m. */
export function layersFromMetres(spec: MetreLayers, centre: XY = [120.15, 30.27]): LayerSet {
  const projection = createLocalProjection(centre[0], centre[1]);
  let shift: XY = [0, 0];
  let layers: LayerSet = {};
  for (let round = 0; round < 6; round++) {
    layers = {};
    for (const [name, features] of Object.entries(spec) as [LayerName, MetreFeature[]][]) {
      const collection: FeatureCollection = {
        type: 'FeatureCollection',
        features: features.map((f): Feature => ({ type: 'Feature', properties: { ...f.properties }, geometry: toGeometry(f, projection.inverse, shift) })),
      };
      (layers as Record<string, unknown>)[name] = collection;
    }
    const actual = projectionForLayers(layers).centre;
    const offset = projection.forward(actual);
    if (Math.hypot(offset[0], offset[1]) < 1e-10) break;
    shift = [shift[0] - offset[0], shift[1] - offset[1]];
  }
  return layers;
}

/** The shift the helper applied is invisible to tests: they only compare distances and areas. */
export const square = (x: number, y: number, size: number): XY[] => rect(x, y, x + size, y + size);

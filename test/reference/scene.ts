/**
 * Scenes drawn in planar metres, written out as lon/lat layers such that the §3 projection
 * of the result (tmerc on the bbox centre of every layer) gives the drawn metres back to
 * ~1e-9 m: the drawing is shifted until its lon/lat bbox centre is the centre it was
 * unprojected with. proj4 only; nothing from src/.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LayerSet } from '../../src/model/types';
import { bboxCentre, tmerc, type XY } from './geometry';

export interface Drawn {
  properties: Record<string, unknown>;
  /** A point; or one polygon's rings (outer first); or several polygons (a MultiPolygon). */
  point?: XY;
  rings?: XY[][];
  polygons?: XY[][][];
}

export type Scene = Partial<Record<'districts' | 'communities' | 'idleLand' | 'facilities' | 'protected' | 'roads' | 'buildings', Drawn[]>>;

export const rect = (x0: number, y0: number, x1: number, y1: number): XY[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

const CENTRE: XY = [120.15, 30.27];

export function sceneLayers(scene: Scene): LayerSet {
  const { forward, inverse } = tmerc(CENTRE);
  let shift: XY = [0, 0];
  let layers: Record<string, FeatureCollection> = {};
  for (let round = 0; round < 8; round++) {
    const move = (p: XY): XY => inverse([p[0] + shift[0], p[1] + shift[1]]);
    const ring = (r: XY[]) => {
      const out = r.map(move);
      out[out.length - 1] = out[0]; // closed exactly
      return out;
    };
    const geometry = (d: Drawn): Geometry =>
      d.point ? { type: 'Point', coordinates: move(d.point) }
      : d.polygons ? { type: 'MultiPolygon', coordinates: d.polygons.map((poly) => poly.map(ring)) }
      : { type: 'Polygon', coordinates: (d.rings ?? []).map(ring) };
    layers = {};
    for (const [name, drawn] of Object.entries(scene)) {
      layers[name] = { type: 'FeatureCollection', features: (drawn ?? []).map((d): Feature => ({ type: 'Feature', properties: { ...d.properties }, geometry: geometry(d) })) };
    }
    const offset = forward(bboxCentre(layers));
    if (Math.hypot(offset[0], offset[1]) < 1e-10) break;
    shift = [shift[0] - offset[0], shift[1] - offset[1]];
  }
  return layers as LayerSet;
}

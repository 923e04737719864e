/**
 * Local transverse Mercator centred on the dataset (DESIGN §3): every metric computation
 * (areas, distances) is planar in it.
 */
import proj4 from 'proj4';
import type { Position } from 'geojson';
import type { LayerSet } from '../../model/types';
import type { Point } from './planar';
import { layerSetBbox } from './layer-bbox';

export { layerSetBbox } from './layer-bbox';

export interface LocalProjection {
  centre: Point;
  /** The proj4 definition, for reports. */
  definition: string;
  forward(lonLat: Position): Point;
  inverse(xy: Point): Point;
  /** inverse's lon, lat written to out[offset], out[offset + 1]: the same numbers, no array per point. */
  inverseInto(x: number, y: number, out: Float64Array, offset: number): void;
}

export function createLocalProjection(centreLon: number, centreLat: number): LocalProjection {
  const definition = `+proj=tmerc +lat_0=${centreLat} +lon_0=${centreLon} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`;
  const converter = proj4('EPSG:4326', definition);
  const forward = (lonLat: Position) => converter.forward([lonLat[0], lonLat[1]]) as Point;
  const inverse = (xy: Point) => converter.inverse([xy[0], xy[1]]) as Point;
  const direct = directTransforms(definition, forward, inverse);
  return { centre: [centreLon, centreLat], definition, forward: direct?.forward ?? forward, inverse: direct?.inverse ?? inverse, inverseInto: direct?.inverseInto ?? writingInto(inverse) };
}

/** inverseInto over an inverse that returns an array. */
const writingInto =
  (inverse: (xy: Point) => Point) =>
  (x: number, y: number, out: Float64Array, offset: number): void => {
    const lonLat = inverse([x, y]);
    out[offset] = lonLat[0];
    out[offset + 1] = lonLat[1];
  };

/** proj4's own constants (proj4-src.js D2R$1, R2D), so the direct path multiplies by the very same numbers. */
const D2R = 0.01745329251994329577;
const R2D = 57.29577951308232088;
/** proj4's datum types that make its transform detour through geocentric coordinates. */
const SHIFTED_DATUM_TYPES = [1, 2, 3];
const NO_DATUM = 5;

interface Proj4Projection {
  projName?: string;
  to_meter?: number;
  from_greenwich?: number;
  long_wrap?: number;
  datum?: { datum_type: number; a: number; es: number };
  forward(point: { x: number; y: number; z: number }): { x: number; y: number } | null | undefined;
  inverse(point: { x: number; y: number; z: number }): { x: number; y: number } | null | undefined;
}

/**
 * The projection's forward/inverse maths called directly, skipping proj4's generic transform
 * around it (point cloning, datum and axis checks, result arrays): ~550k footprint corners
 * are unprojected per elevator run and every vertex of every layer projected. Only taken when
 * that wrapper's extra steps are identities for this pair (metres, Greenwich, equal datums:
 * proj4 treats GRS80 and WGS84 as one), and only if it matches the wrapper bit for bit on a
 * few probe points; anything else (non-finite input, a failed point) goes through proj4.
 */
function directTransforms(definition: string, slowForward: (lonLat: Position) => Point, slowInverse: (xy: Point) => Point) {
  const ProjectionOf = (proj4 as unknown as { Proj: (code: string) => Proj4Projection }).Proj;
  if (typeof ProjectionOf !== 'function') return null;
  const projected = ProjectionOf(definition);
  const geographic = ProjectionOf('EPSG:4326');
  const a = projected.datum;
  const b = geographic.datum;
  const identities =
    geographic.projName === 'longlat' &&
    projected.projName !== 'longlat' &&
    (projected.to_meter === undefined || projected.to_meter === 1) &&
    !projected.from_greenwich &&
    !geographic.from_greenwich &&
    geographic.long_wrap === undefined &&
    !!a && !!b &&
    !SHIFTED_DATUM_TYPES.includes(a.datum_type) &&
    !SHIFTED_DATUM_TYPES.includes(b.datum_type) &&
    // proj4's datum_transform returns the point untouched for "no datum" (+ellps only) or equal datums.
    (a.datum_type === NO_DATUM || b.datum_type === NO_DATUM || (a.datum_type === b.datum_type && a.a === b.a && Math.abs(a.es - b.es) <= 0.00000000005));
  if (!identities) return null;
  // One scratch point for proj4 to work in (it writes its result there and returns it; the
  // numbers are read at once): no object per vertex, ~1M per cold run at city scale.
  const scratch = { x: 0, y: 0, z: 0 };
  const forward = (lonLat: Position): Point => {
    const lon = lonLat[0];
    const lat = lonLat[1];
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return slowForward(lonLat);
    scratch.x = lon * D2R;
    scratch.y = lat * D2R;
    scratch.z = 0;
    const p = projected.forward(scratch);
    return p ? [p.x, p.y] : slowForward(lonLat);
  };
  const inverse = (xy: Point): Point => {
    const x = xy[0];
    const y = xy[1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return slowInverse(xy);
    scratch.x = x;
    scratch.y = y;
    scratch.z = 0;
    const p = projected.inverse(scratch);
    return p ? [p.x * R2D, p.y * R2D] : slowInverse(xy);
  };
  const slowInverseInto = writingInto(slowInverse);
  const inverseInto = (x: number, y: number, out: Float64Array, offset: number): void => {
    if (Number.isFinite(x) && Number.isFinite(y)) {
      scratch.x = x;
      scratch.y = y;
      scratch.z = 0;
      const p = projected.inverse(scratch);
      if (p) {
        out[offset] = p.x * R2D;
        out[offset + 1] = p.y * R2D;
        return;
      }
    }
    slowInverseInto(x, y, out, offset);
  };
  // Probe: the direct path must give proj4's numbers exactly, or it is not used.
  for (const [dx, dy] of [[0, 0], [1234.5678, -9876.54321], [-20000.25, 15000.75], [3.3e-3, 7.7]]) {
    const back = slowInverse([dx, dy]);
    const [fx, fy] = inverse([dx, dy]);
    const [gx, gy] = forward(back);
    const [sx, sy] = slowForward(back);
    if (!Object.is(fx, back[0]) || !Object.is(fy, back[1]) || !Object.is(gx, sx) || !Object.is(gy, sy)) return null;
  }
  return { forward, inverse, inverseInto };
}

/** The projection centred on the bounding-box centre of every loaded layer (§3.6). */
export function projectionForLayers(layers: LayerSet): LocalProjection {
  const box = layerSetBbox(layers) ?? [120.15, 30.27, 120.15, 30.27];
  return createLocalProjection((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
}

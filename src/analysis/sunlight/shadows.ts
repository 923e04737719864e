/**
 * Ground shadows of building prisms (and planned shafts) at one true-solar time, for the
 * app's shadow view with its 8:00–16:00 slider.
 *
 * The shadow of a prism of height H is the footprint swept along the anti-sun vector
 * v = −(sun direction) × H / tan(altitude). A convex footprint part (outer ring only) gives
 * exactly the convex hull of the part ∪ the part + v. Any other part (concave, or with
 * holes) uses the exact Minkowski sweep: the part, the part + v and the parallelogram swept
 * by each edge, unioned with Clipper (polyclip took ~10 ms per real footprint, and can throw).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { BuildingProperties } from '../../model/layers';
import { ELEVATOR_DEFAULTS } from '../../model/standards';
import { err, ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import { unionPolygons } from '../geometry/clipper';
import { type PlanarMultiPolygon, type PlanarPolygon, type Point, projectGeometry, unprojectMultiPolygon } from '../geometry/planar';
import { prepareLayers } from '../prepare';
import { convexHull } from './rays';
import { buildingHeight } from '../elevators/sunlight-check';
import { parseIsoDate, sunPositionAt, type SunPosition } from './sun-position';

export interface PlannedShaft {
  /** The unit footprint as the elevator analysis returns it (lon/lat). */
  footprint: Polygon;
  /** Height of the shaft; else its building's height + 1.5 m. */
  heightM?: number;
  buildingId?: FeatureId;
}

export interface ShadowOptions {
  /** YYYY-MM-DD, default 2025-01-20 (大寒日). */
  date?: string;
  /** True-solar minutes from noon (−240 = 8:00); or give `hour` (8.5 = 8:30). */
  minutesFromNoon?: number;
  hour?: number;
  shafts?: PlannedShaft[];
  floorHeightM?: number;
}

export interface ShadowProperties {
  sourceId: FeatureId | null;
  kind: 'building' | 'shaft';
  heightM: number;
}

export interface ShadowOutput {
  sun: SunPosition & { minutesFromNoon: number; up: boolean };
  shadows: FeatureCollection<Polygon | MultiPolygon, ShadowProperties>;
}

function isConvex(ring: Point[]): boolean {
  let sign = 0;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    const c = ring[(i + 2) % n];
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (cross === 0) continue;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

function openRing(ring: Point[]): Point[] {
  const n = ring.length;
  return n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1] ? ring.slice(0, -1) : ring;
}

const closed = (ring: Point[]): Point[] => [...ring, ring[0]];

/** The part swept along (vx, vy). */
export function sweepPolygon(part: PlanarPolygon, vx: number, vy: number): PlanarMultiPolygon {
  const outer = openRing(part[0] ?? []);
  if (outer.length < 3) return [];
  const moved = (p: Point): Point => [p[0] + vx, p[1] + vy];
  if (part.length === 1 && isConvex(outer)) return [[closed(convexHull([...outer, ...outer.map(moved)]))]];
  const pieces: PlanarMultiPolygon[] = [[part], [part.map((ring) => ring.map(moved))]];
  for (const ring of part) {
    const open = openRing(ring);
    for (let i = 0; i < open.length; i++) {
      const a = open[i];
      const b = open[(i + 1) % open.length];
      pieces.push([[closed(convexHull([a, b, moved(b), moved(a)]))]]);
    }
  }
  return unionPolygons(pieces.filter((p) => p[0][0].length >= 4));
}

export function shadowPolygons(layers: LayerSet, options: ShadowOptions = {}): Result<ShadowOutput> {
  const date = options.date ?? ELEVATOR_DEFAULTS.date.value;
  if (!parseIsoDate(date)) return err({ code: 'INVALID_PARAM', message: `date: "${date}" is not a YYYY-MM-DD calendar date`, field: 'date' });
  const minutesFromNoon = options.minutesFromNoon ?? (options.hour !== undefined ? options.hour * 60 - 720 : 0);
  if (!Number.isFinite(minutesFromNoon)) return err({ code: 'INVALID_PARAM', message: 'minutesFromNoon/hour: not a number', field: 'minutesFromNoon' });
  const floorHeightM = options.floorHeightM ?? ELEVATOR_DEFAULTS.floorHeightM.value;
  const prepared = prepareLayers(layers);
  const [lon, lat] = prepared.projection.centre;
  const sun = sunPositionAt(date, lon, lat, minutesFromNoon);
  const up = sun.altitudeDeg > 0;
  const features: Feature<Polygon | MultiPolygon, ShadowProperties>[] = [];
  if (up) {
    const azimuth = (sun.azimuthDeg * Math.PI) / 180;
    const perMetre = 1 / Math.tan((sun.altitudeDeg * Math.PI) / 180);
    const add = (polygon: PlanarMultiPolygon, heightM: number, sourceId: FeatureId | null, kind: ShadowProperties['kind']) => {
      if (!(heightM > 0)) return;
      const length = heightM * perMetre;
      const parts = polygon.flatMap((part) => sweepPolygon(part, -Math.sin(azimuth) * length, -Math.cos(azimuth) * length));
      if (parts.length === 0) return;
      const geometry = unprojectMultiPolygon(parts, prepared.projection) as Polygon | MultiPolygon;
      features.push({ type: 'Feature', properties: { sourceId, kind, heightM }, geometry });
    };
    const heights = new Map<FeatureId, number>();
    for (const building of prepared.layer<BuildingProperties>('buildings').features) {
      const height = buildingHeight(building.properties, floorHeightM);
      if (!heights.has(building.id)) heights.set(building.id, height);
      if (building.shape.type === 'polygon') add(building.shape.coordinates, height, building.id, 'building');
    }
    for (const shaft of options.shafts ?? []) {
      const shape = projectGeometry(shaft.footprint, prepared.projection);
      const base = shaft.buildingId !== undefined ? heights.get(shaft.buildingId) : undefined;
      const height = shaft.heightM ?? (base !== undefined ? base + ELEVATOR_DEFAULTS.shaftExtraHeightM.value : 0);
      if (shape?.type === 'polygon') add(shape.coordinates, height, shaft.buildingId ?? null, 'shaft');
    }
  }
  return ok({ sun: { ...sun, minutesFromNoon, up }, shadows: { type: 'FeatureCollection', features } });
}

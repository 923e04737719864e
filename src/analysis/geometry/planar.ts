/**
 * Planar geometry in metres (after the local projection): areas, containment and the
 * minimum distance between two shapes, which is 0 where they touch or overlap (DESIGN §3).
 * Polygons are always held as multipolygons: an array of polygons, each an array of rings,
 * the first ring outer. Rings may or may not repeat their first point at the end.
 */
import type { Geometry } from 'geojson';
import { hypot } from './hypot';
import type { LocalProjection } from './projection';

export type Point = [number, number];
export type Ring = Point[];
export type PlanarPolygon = Ring[];
export type PlanarMultiPolygon = PlanarPolygon[];
/** [minX, minY, maxX, maxY] */
export type BBox = [number, number, number, number];

export type Shape =
  | { type: 'point'; coordinates: Point }
  | { type: 'line'; coordinates: Point[][] }
  | { type: 'polygon'; coordinates: PlanarMultiPolygon };

export function ringSignedArea(ring: Ring): number {
  let sum = 0;
  const n = ring.length;
  // Index reads, not destructuring (no iterator per vertex): the same numbers.
  for (let i = 0; i < n; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % n];
    sum += p[0] * q[1] - q[0] * p[1];
  }
  return sum / 2;
}

export function polygonArea(polygon: PlanarPolygon): number {
  if (polygon.length === 0) return 0;
  let area = Math.abs(ringSignedArea(polygon[0]));
  for (let i = 1; i < polygon.length; i++) area -= Math.abs(ringSignedArea(polygon[i]));
  return Math.max(0, area);
}

export function multiPolygonArea(multiPolygon: PlanarMultiPolygon): number {
  return multiPolygon.reduce((sum, polygon) => sum + polygonArea(polygon), 0);
}

/** Even-odd ray casting; points exactly on the boundary may fall either way. */
export function pointInRing(point: Point, ring: Ring): boolean {
  return pointInRingAt(point[0], point[1], ring);
}

/** pointInRing for the point (px, py): hot paths call it without making a point array. */
export function pointInRingAt(px: number, py: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0];
    const yi = ring[i][1];
    const xj = ring[j][0];
    const yj = ring[j][1];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(point: Point, polygon: PlanarPolygon): boolean {
  if (polygon.length === 0 || !pointInRing(point, polygon[0])) return false;
  for (let i = 1; i < polygon.length; i++) if (pointInRing(point, polygon[i])) return false;
  return true;
}

export function pointInMultiPolygon(point: Point, multiPolygon: PlanarMultiPolygon): boolean {
  return multiPolygon.some((polygon) => pointInPolygon(point, polygon));
}

export function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared;
  t = Math.max(0, Math.min(1, t));
  return hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function orientation(a: Point, b: Point, c: Point): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** True when closed segments ab and cd share at least one point. */
export function segmentsIntersect(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return true;
  const onSegment = (p: Point, q: Point, r: Point) =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  if (o1 === 0 && onSegment(a, b, c)) return true;
  if (o2 === 0 && onSegment(a, b, d)) return true;
  if (o3 === 0 && onSegment(c, d, a)) return true;
  if (o4 === 0 && onSegment(c, d, b)) return true;
  return false;
}

export function segmentSegmentDistance(a: Point, b: Point, c: Point, d: Point): number {
  if (segmentsIntersect(a, b, c, d)) return 0;
  return Math.min(pointSegmentDistance(a, c, d), pointSegmentDistance(b, c, d), pointSegmentDistance(c, a, b), pointSegmentDistance(d, a, b));
}

/** Every edge of a shape as [start, end] pairs (a point is one degenerate edge). */
export function shapeSegments(shape: Shape): [Point, Point][] {
  const segments: [Point, Point][] = [];
  const addPath = (path: Point[], closed: boolean) => {
    for (let i = 0; i + 1 < path.length; i++) segments.push([path[i], path[i + 1]]);
    if (closed && path.length > 2) {
      const first = path[0];
      const last = path[path.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) segments.push([last, first]);
    }
  };
  if (shape.type === 'point') segments.push([shape.coordinates, shape.coordinates]);
  else if (shape.type === 'line') shape.coordinates.forEach((line) => addPath(line, false));
  else shape.coordinates.forEach((polygon) => polygon.forEach((ring) => addPath(ring, true)));
  return segments;
}

/**
 * True when some part of `inner` lies inside the polygon shape `outer`, tested by the first
 * vertex of each part: a MultiPolygon's or MultiLineString's parts are apart, so one part can
 * lie inside while another lies outside (one vertex of the whole shape would miss it).
 */
function anyPartInside(inner: Shape, outer: Shape): boolean {
  if (outer.type !== 'polygon') return false;
  if (inner.type === 'point') return pointInMultiPolygon(inner.coordinates, outer.coordinates);
  const parts = inner.type === 'line' ? inner.coordinates : inner.coordinates.map((polygon) => polygon[0] ?? []);
  return parts.some((path) => path.length > 0 && pointInMultiPolygon(path[0], outer.coordinates));
}

/**
 * Minimum distance between two shapes; 0 when they touch, cross or one holds the other.
 * One vertex per part suffices for containment: if no edges cross, each part is wholly
 * inside or wholly outside the other shape.
 */
export function shapeDistance(a: Shape, b: Shape): number {
  if (a.type === 'point' && b.type === 'point') return hypot(a.coordinates[0] - b.coordinates[0], a.coordinates[1] - b.coordinates[1]);
  if (anyPartInside(a, b) || anyPartInside(b, a)) return 0;
  const segmentsA = shapeSegments(a);
  const segmentsB = shapeSegments(b);
  let best = Infinity;
  for (const [p, q] of segmentsA) {
    for (const [r, s] of segmentsB) {
      const d = segmentSegmentDistance(p, q, r, s);
      if (d < best) {
        best = d;
        if (best === 0) return 0;
      }
    }
  }
  return best;
}

export function shapeBBox(shape: Shape): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [p, q] of shapeSegments(shape)) {
    for (const [x, y] of [p, q]) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/** Least distance between two boxes (0 when they overlap): a lower bound for shapeDistance. */
export function bboxDistance(a: BBox, b: BBox): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  return hypot(dx, dy);
}

export function shapeArea(shape: Shape): number {
  return shape.type === 'polygon' ? multiPolygonArea(shape.coordinates) : 0;
}

/** Malformed input throws as `.map` on it did (the caller marks the feature invalid). */
function requireArray(value: unknown): void {
  if (!Array.isArray(value)) throw new TypeError('coordinates are not an array');
}

/**
 * One ring (or line) projected, in a plain loop into a pre-sized array: no closure per call
 * (tsx's keepNames wraps every closure in a defineProperty, and ~120k geometries are projected
 * per cold run at city scale).
 */
function projectPath(positions: number[][], projection: LocalProjection): Ring {
  requireArray(positions);
  const out: Ring = new Array(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = projection.forward(positions[i]);
  return out;
}

function projectPaths(paths: number[][][], projection: LocalProjection): Ring[] {
  requireArray(paths);
  const out: Ring[] = new Array(paths.length);
  for (let i = 0; i < paths.length; i++) out[i] = projectPath(paths[i], projection);
  return out;
}

/** Projects a GeoJSON geometry; returns null for empty or unsupported geometry. */
export function projectGeometry(geometry: Geometry | null | undefined, projection: LocalProjection): Shape | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case 'Point':
      return { type: 'point', coordinates: projection.forward(geometry.coordinates) };
    case 'LineString':
      return { type: 'line', coordinates: [projectPath(geometry.coordinates, projection)] };
    case 'MultiLineString':
      return { type: 'line', coordinates: projectPaths(geometry.coordinates, projection) };
    case 'Polygon':
      return { type: 'polygon', coordinates: [projectPaths(geometry.coordinates, projection)] };
    case 'MultiPolygon': {
      requireArray(geometry.coordinates);
      const polygons: PlanarMultiPolygon = new Array(geometry.coordinates.length);
      for (let i = 0; i < polygons.length; i++) polygons[i] = projectPaths(geometry.coordinates[i], projection);
      return { type: 'polygon', coordinates: polygons };
    }
    default:
      return null;
  }
}

/** Back to a GeoJSON Polygon/MultiPolygon in lon/lat, rings closed. */
export function unprojectMultiPolygon(multiPolygon: PlanarMultiPolygon, projection: LocalProjection): Geometry {
  const ring = (r: Ring) => {
    const out = r.map((p) => projection.inverse(p));
    const first = out[0];
    const last = out[out.length - 1];
    if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
    return out;
  };
  if (multiPolygon.length === 1) return { type: 'Polygon', coordinates: multiPolygon[0].map(ring) };
  return { type: 'MultiPolygon', coordinates: multiPolygon.map((polygon) => polygon.map(ring)) };
}

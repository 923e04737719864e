/**
 * Exact, fast tests of a unit's rectangular footprint against polygons: within a community
 * (touching the boundary from inside counts as within), overlap of positive area with a
 * building, and the overlap area itself. A rectangle is convex, so it lies in a polygon iff
 * no boundary edge passes through its open interior and its centre is inside; it overlaps a
 * polygon with positive area iff a boundary edge passes through its interior or its centre
 * is inside. "Interior" is the rectangle shrunk by 1e-6 m, so touching never counts.
 */
import { hypot } from '../geometry/hypot';
import { type PlanarMultiPolygon, type Point, type Ring, type Shape, pointInMultiPolygon, pointInRingAt, pointSegmentDistance, ringSignedArea } from '../geometry/planar';

export interface OrientedRectangle {
  origin: Point;
  /** Unit vectors along the first and second side. */
  along: Point;
  across: Point;
  lengthAlong: number;
  lengthAcross: number;
  centre: Point;
  /** Box of the four corners: an edge apart from it cannot meet the (shrunk) interior. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const SHRINK = 1e-6;

/** From a closed 4-corner ring: a, b, c, d with ab and ad adjacent sides. */
export function orientedRectangle(ring: Ring): OrientedRectangle {
  const [a, b, c, d] = ring;
  const lengthAlong = hypot(b[0] - a[0], b[1] - a[1]);
  const lengthAcross = hypot(d[0] - a[0], d[1] - a[1]);
  return {
    minX: Math.min(a[0], b[0], c[0], d[0]),
    minY: Math.min(a[1], b[1], c[1], d[1]),
    maxX: Math.max(a[0], b[0], c[0], d[0]),
    maxY: Math.max(a[1], b[1], c[1], d[1]),
    origin: a,
    along: [(b[0] - a[0]) / lengthAlong, (b[1] - a[1]) / lengthAlong],
    across: [(d[0] - a[0]) / lengthAcross, (d[1] - a[1]) / lengthAcross],
    lengthAlong,
    lengthAcross,
    centre: [(b[0] + d[0]) / 2, (b[1] + d[1]) / 2],
  };
}

/** Liang–Barsky: does segment pq meet the open, slightly shrunk rectangle? (No closures: hot path.) */
function segmentMeetsInterior(rect: OrientedRectangle, p: Point, q: Point): boolean {
  const [ox, oy] = rect.origin;
  const [ax, ay] = rect.along;
  const [cx, cy] = rect.across;
  const u0 = (p[0] - ox) * ax + (p[1] - oy) * ay;
  const v0 = (p[0] - ox) * cx + (p[1] - oy) * cy;
  const du = (q[0] - ox) * ax + (q[1] - oy) * ay - u0;
  const dv = (q[0] - ox) * cx + (q[1] - oy) * cy - v0;
  let enter = 0;
  let leave = 1;
  // The four slabs u > s, u < L − s, v > s, v < D − s, without allocating (hot path).
  for (let i = 0; i < 4; i++) {
    const denominator = i === 0 ? -du : i === 1 ? du : i === 2 ? -dv : dv;
    const numerator = i === 0 ? u0 - SHRINK : i === 1 ? rect.lengthAlong - SHRINK - u0 : i === 2 ? v0 - SHRINK : rect.lengthAcross - SHRINK - v0;
    if (denominator === 0) {
      if (numerator <= 0) return false;
      continue;
    }
    const t = numerator / denominator;
    if (denominator < 0) {
      if (t > enter) enter = t;
    } else if (t < leave) leave = t;
    if (enter >= leave) return false;
  }
  return true;
}

/** Even-odd point in multipolygon (plain loops). */
export function pointInside(point: Point, polygon: PlanarMultiPolygon): boolean {
  const px = point[0];
  const py = point[1];
  let inside = false;
  for (const part of polygon) {
    let inPart = false;
    for (const ring of part) if (pointInRingAt(px, py, ring)) inPart = !inPart;
    if (inPart) inside = true;
  }
  return inside;
}

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  const o2 = (b[0] - a[0]) * (d[1] - a[1]) - (b[1] - a[1]) * (d[0] - a[0]);
  const o3 = (d[0] - c[0]) * (a[1] - c[1]) - (d[1] - c[1]) * (a[0] - c[0]);
  const o4 = (d[0] - c[0]) * (b[1] - c[1]) - (d[1] - c[1]) * (b[0] - c[0]);
  return ((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0));
}

function segmentGap(a: Point, b: Point, c: Point, d: Point): number {
  if (segmentsCross(a, b, c, d)) return 0;
  return Math.min(pointSegmentDistance(a, c, d), pointSegmentDistance(b, c, d), pointSegmentDistance(c, a, b), pointSegmentDistance(d, a, b));
}

/**
 * Least distance from the rectangle (closed ring of 4 corners) to polygons, lines or a
 * point, 0 when they touch or overlap: the same quantity as the kernel's shapeDistance,
 * without its per-call closures (this runs ~50 times per unit).
 */
export function rectangleDistance(rect: OrientedRectangle, ring: Ring, shape: Shape): number {
  if (shape.type === 'point') {
    const p = shape.coordinates;
    if (pointInRingAt(p[0], p[1], ring)) return 0;
    let best = Infinity;
    for (let i = 0; i < 4; i++) best = Math.min(best, pointSegmentDistance(p, ring[i], ring[i + 1]));
    return best;
  }
  if (shape.type === 'polygon') {
    if (rectangleOverlaps(rect, shape.coordinates)) return 0;
    // Rings in order, as over coordinates.flat() (without building that array per call).
    let best = Infinity;
    for (const part of shape.coordinates) for (const path of part) best = closedPathGap(ring, path, best);
    return best;
  }
  let best = Infinity;
  for (const path of shape.coordinates) {
    const n = path.length;
    for (let i = 0; i + 1 < n; i++) {
      const c = path[i];
      const d = path[i + 1];
      if (pointInRingAt(c[0], c[1], ring)) return 0;
      for (let k = 0; k < 4; k++) {
        const gap = segmentGap(ring[k], ring[k + 1], c, d);
        if (gap < best) best = gap;
      }
    }
    if (n > 0 && pointInRingAt(path[n - 1][0], path[n - 1][1], ring)) return 0;
  }
  return best;
}

/** min(best, every gap between the rectangle's sides and the closed path's edges), in edge order. */
function closedPathGap(ring: Ring, path: Point[], best: number): number {
  const n = path.length;
  for (let i = 0; i < n; i++) {
    const c = path[i];
    const d = path[(i + 1) % n];
    for (let k = 0; k < 4; k++) {
      const gap = segmentGap(ring[k], ring[k + 1], c, d);
      if (gap < best) best = gap;
    }
  }
  return best;
}

/**
 * Whether rectangleDistance(rect, ring, polygon) < limit, for a polygon whose box is apart
 * from the rectangle's (so they cannot overlap): true at the first edge pair closer than the
 * limit, edges whose box is already that far from the rectangle's box skipped. The same
 * segmentGap values decide, so the answer equals the full distance's comparison.
 */
export function rectangleCloserThan(ring: Ring, polygon: PlanarMultiPolygon, limit: number): boolean {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let k = 0; k < 4; k++) {
    const [x, y] = ring[k];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  for (const part of polygon) {
    for (const path of part) {
      const n = path.length;
      for (let i = 0; i < n; i++) {
        const c = path[i];
        const d = path[(i + 1) % n];
        const dx = Math.max(0, Math.min(c[0], d[0]) - maxX, minX - Math.max(c[0], d[0]));
        const dy = Math.max(0, Math.min(c[1], d[1]) - maxY, minY - Math.max(c[1], d[1]));
        // A lower bound of this edge's distance: skip only when clearly not below the limit.
        if (dx * dx + dy * dy > limit * limit * (1 + 1e-9) + 1e-12) continue;
        for (let k = 0; k < 4; k++) if (segmentGap(ring[k], ring[k + 1], c, d) < limit) return true;
      }
    }
  }
  return false;
}

/**
 * Whether a boundary edge passes through the rectangle's shrunk interior. Edges whose box lies
 * apart from the rectangle's corners' box are skipped: the interior is 1e-6 m inside that box,
 * far beyond the rounding of segmentMeetsInterior's frame (~1e-11 m), so it would say no.
 */
function anyBoundaryEdgeInside(rect: OrientedRectangle, polygon: PlanarMultiPolygon): boolean {
  const { minX, minY, maxX, maxY } = rect;
  for (const part of polygon) {
    for (const ring of part) {
      const n = ring.length;
      for (let i = 0; i < n; i++) {
        const p = ring[i];
        const q = ring[i + 1 === n ? 0 : i + 1];
        if ((p[0] < minX && q[0] < minX) || (p[0] > maxX && q[0] > maxX) || (p[1] < minY && q[1] < minY) || (p[1] > maxY && q[1] > maxY)) continue;
        if (segmentMeetsInterior(rect, p, q)) return true;
      }
    }
  }
  return false;
}

export function rectangleWithin(rect: OrientedRectangle, polygon: PlanarMultiPolygon): boolean {
  return !anyBoundaryEdgeInside(rect, polygon) && pointInside(rect.centre, polygon);
}

export function rectangleOverlaps(rect: OrientedRectangle, polygon: PlanarMultiPolygon): boolean {
  return anyBoundaryEdgeInside(rect, polygon) || pointInside(rect.centre, polygon);
}

/** How far the rectangle's corners reach outside the polygon (0 when every corner is inside). */
export function outsideReach(ring: Ring, polygon: PlanarMultiPolygon): number {
  let reach = 0;
  for (const corner of ring.slice(0, 4)) {
    if (pointInMultiPolygon(corner, polygon)) continue;
    let nearest = Infinity;
    for (const part of polygon) {
      for (const r of part) {
        for (let i = 0; i < r.length; i++) nearest = Math.min(nearest, pointSegmentDistance(corner, r[i], r[(i + 1) % r.length]));
      }
    }
    if (Number.isFinite(nearest)) reach = Math.max(reach, nearest);
  }
  return reach;
}

/** Sutherland–Hodgman: clipping any ring by a convex window gives the exact area inside it. */
function clipRingArea(ring: Ring, window: Ring): number {
  let output: Point[] = ring.slice();
  const windowCorners = window.slice(0, 4);
  const sign = ringSignedArea(windowCorners) > 0 ? 1 : -1;
  for (let i = 0; i < windowCorners.length && output.length > 0; i++) {
    const a = windowCorners[i];
    const b = windowCorners[(i + 1) % windowCorners.length];
    const side = (p: Point) => sign * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]));
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const current = input[j];
      const previous = input[(j + input.length - 1) % input.length];
      const sc = side(current);
      const sp = side(previous);
      if (sc >= 0) {
        if (sp < 0) output.push(intersect(previous, current, sp, sc));
        output.push(current);
      } else if (sp >= 0) output.push(intersect(previous, current, sp, sc));
    }
  }
  return Math.abs(ringSignedArea(output));
}

function intersect(p: Point, q: Point, sp: number, sq: number): Point {
  const t = sp / (sp - sq);
  return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
}

export function overlapArea(window: Ring, polygon: PlanarMultiPolygon): number {
  let area = 0;
  for (const part of polygon) {
    part.forEach((ring, index) => {
      const clipped = clipRingArea(ring, window);
      area += index === 0 ? clipped : -clipped;
    });
  }
  return Math.max(0, area);
}

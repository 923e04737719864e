/**
 * Exact, fast tests of a unit's rectangular footprint against polygons: within a community
 * (touching the boundary from inside counts as within), overlap of positive area with a
 * building, and the overlap area itself. A rectangle is convex, so it lies in a polygon iff
 * no boundary edge passes through its open interior and its centre is inside; it overlaps a
 * polygon with positive area iff a boundary edge passes through its interior or its centre
 * is inside. "Interior" is the rectangle shrunk by 1e-6 m, so touching never counts.
 */
import { type PlanarMultiPolygon, type Point, type Ring, pointInMultiPolygon, pointSegmentDistance, ringSignedArea } from '../geometry/planar';

export interface OrientedRectangle {
  origin: Point;
  /** Unit vectors along the first and second side. */
  along: Point;
  across: Point;
  lengthAlong: number;
  lengthAcross: number;
  centre: Point;
}

const SHRINK = 1e-6;

/** From a closed 4-corner ring: a, b, c, d with ab and ad adjacent sides. */
export function orientedRectangle(ring: Ring): OrientedRectangle {
  const [a, b, , d] = ring;
  const lengthAlong = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const lengthAcross = Math.hypot(d[0] - a[0], d[1] - a[1]);
  return {
    origin: a,
    along: [(b[0] - a[0]) / lengthAlong, (b[1] - a[1]) / lengthAlong],
    across: [(d[0] - a[0]) / lengthAcross, (d[1] - a[1]) / lengthAcross],
    lengthAlong,
    lengthAcross,
    centre: [(b[0] + d[0]) / 2, (b[1] + d[1]) / 2],
  };
}

/** Liang–Barsky: does segment pq meet the open, slightly shrunk rectangle? */
function segmentMeetsInterior(rect: OrientedRectangle, p: Point, q: Point): boolean {
  const toLocal = (point: Point): Point => {
    const x = point[0] - rect.origin[0];
    const y = point[1] - rect.origin[1];
    return [x * rect.along[0] + y * rect.along[1], x * rect.across[0] + y * rect.across[1]];
  };
  const [u0, v0] = toLocal(p);
  const [u1, v1] = toLocal(q);
  const du = u1 - u0;
  const dv = v1 - v0;
  let enter = 0;
  let leave = 1;
  const clip = (denominator: number, numerator: number): boolean => {
    // Keeps the part of the segment where denominator·t ≤ numerator... in the open sense.
    if (denominator === 0) return numerator > 0;
    const t = numerator / denominator;
    if (denominator < 0) {
      if (t > enter) enter = t;
    } else if (t < leave) leave = t;
    return enter < leave;
  };
  return (
    clip(-du, u0 - SHRINK) &&
    clip(du, rect.lengthAlong - SHRINK - u0) &&
    clip(-dv, v0 - SHRINK) &&
    clip(dv, rect.lengthAcross - SHRINK - v0)
  );
}

function anyBoundaryEdgeInside(rect: OrientedRectangle, polygon: PlanarMultiPolygon): boolean {
  for (const part of polygon) {
    for (const ring of part) {
      const n = ring.length;
      for (let i = 0; i < n; i++) if (segmentMeetsInterior(rect, ring[i], ring[(i + 1) % n])) return true;
    }
  }
  return false;
}

export function rectangleWithin(rect: OrientedRectangle, polygon: PlanarMultiPolygon): boolean {
  return !anyBoundaryEdgeInside(rect, polygon) && pointInMultiPolygon(rect.centre, polygon);
}

export function rectangleOverlaps(rect: OrientedRectangle, polygon: PlanarMultiPolygon): boolean {
  return anyBoundaryEdgeInside(rect, polygon) || pointInMultiPolygon(rect.centre, polygon);
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

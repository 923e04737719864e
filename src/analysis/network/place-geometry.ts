/**
 * Distances between a place (a point or a polygon) and pieces of road, and the stretch of a
 * road piece lying within a given distance of a place. Offsets along a piece run from its
 * start A (0) to its end B (its length). Exact: no sampling.
 */
import { pointInMultiPolygon, pointSegmentDistance, type Point, type Shape, segmentSegmentDistance } from '../geometry/planar';
import { hypot } from '../geometry/hypot';
import { pointInPolygons, pointSegment, segmentDistance } from './flat-shapes';

export type Interval = [number, number];

/**
 * Least distance from a place to the point (x, y); 0 inside a polygon. Loops on scalars (no
 * closure or point array per edge): the same edges and arithmetic as forEachEdge with
 * pointSegmentDistance, so the same value (flat-shapes.test.ts).
 */
export function placePointDistance(place: Shape, x: number, y: number): number {
  if (place.type === 'point') return hypot(place.coordinates[0] - x, place.coordinates[1] - y);
  let best = Infinity;
  if (place.type === 'line') {
    for (const line of place.coordinates) best = pathPointDistance(line, false, x, y, best);
    return best;
  }
  if (pointInPolygons(x, y, place.coordinates)) return 0;
  for (const polygon of place.coordinates) for (const ring of polygon) best = pathPointDistance(ring, true, x, y, best);
  return best;
}

function pathPointDistance(path: Point[], closed: boolean, x: number, y: number, best: number): number {
  for (let i = 0; i + 1 < path.length; i++) {
    const d = pointSegment(x, y, path[i][0], path[i][1], path[i + 1][0], path[i + 1][1]);
    if (d < best) best = d;
  }
  if (closed && path.length > 2) {
    const first = path[0];
    const last = path[path.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      const d = pointSegment(x, y, last[0], last[1], first[0], first[1]);
      if (d < best) best = d;
    }
  }
  return best;
}

/** Least distance from a place to the segment AB; 0 where they touch or the segment enters a polygon. */
export function placeSegmentDistance(place: Shape, a: Point, b: Point): number {
  if (place.type === 'point') return pointSegmentDistance(place.coordinates, a, b);
  if (place.type === 'polygon' && pointInMultiPolygon(a, place.coordinates)) return 0;
  let best = Infinity;
  forEachEdge(place, (p, q) => {
    if (best === 0) return;
    const d = segmentSegmentDistance(a, b, p, q);
    if (d < best) best = d;
  });
  return best;
}

/**
 * placeSegmentDistance with the place's edges pre-flattened (flatSegments, the same edges in
 * the same order as forEachEdge): the same value without a closure and arrays per edge.
 */
export function flatPlaceSegmentDistance(place: Shape, edges: Float64Array, ax: number, ay: number, bx: number, by: number): number {
  if (place.type === 'point') return pointSegmentDistance(place.coordinates, [ax, ay], [bx, by]);
  if (place.type === 'polygon' && pointInMultiPolygon([ax, ay], place.coordinates)) return 0;
  let best = Infinity;
  for (let i = 0; i < edges.length && best !== 0; i += 4) {
    const d = segmentDistance(ax, ay, bx, by, edges[i], edges[i + 1], edges[i + 2], edges[i + 3]);
    if (d < best) best = d;
  }
  return best;
}

/** Every boundary edge of a line or polygon shape (rings closed implicitly). */
export function forEachEdge(shape: Shape, visit: (p: Point, q: Point) => void): void {
  if (shape.type === 'point') {
    visit(shape.coordinates, shape.coordinates);
    return;
  }
  const paths = shape.type === 'line' ? shape.coordinates.map((c) => ({ path: c, closed: false })) : shape.coordinates.flat().map((c) => ({ path: c, closed: true }));
  for (const { path, closed } of paths) {
    for (let i = 0; i + 1 < path.length; i++) visit(path[i], path[i + 1]);
    if (closed && path.length > 2) {
      const first = path[0];
      const last = path[path.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) visit(last, first);
    }
  }
}

/** Offsets s along A + s·u (u unit) within `radius` of point P, unclamped; null when none. */
function discInterval(a: Point, ux: number, uy: number, p: Point, radius: number): Interval | null {
  const px = p[0] - a[0];
  const py = p[1] - a[1];
  const along = px * ux + py * uy;
  const across = px * uy - py * ux;
  const slack = radius * radius - across * across;
  if (slack < 0) return null;
  const half = Math.sqrt(slack);
  return [along - half, along + half];
}

/** Offsets within the band around segment PQ (the rectangle of a capsule), unclamped. */
function bandInterval(a: Point, ux: number, uy: number, p: Point, q: Point, radius: number): Interval | null {
  const ex = q[0] - p[0];
  const ey = q[1] - p[1];
  const m = Math.hypot(ex, ey);
  if (m === 0) return null;
  const [eux, euy] = [ex / m, ey / m];
  let lo = -Infinity;
  let hi = Infinity;
  // Two slabs: 0 ≤ (X − P)·e ≤ m and −r ≤ (X − P)·n ≤ r, with X = A + s·u.
  const slabs: [number, number, number, number][] = [
    [(a[0] - p[0]) * eux + (a[1] - p[1]) * euy, ux * eux + uy * euy, 0, m],
    [(a[0] - p[0]) * -euy + (a[1] - p[1]) * eux, ux * -euy + uy * eux, -radius, radius],
  ];
  for (const [start, rate, min, max] of slabs) {
    if (Math.abs(rate) < 1e-15) {
      if (start < min || start > max) return null;
      continue;
    }
    let s1 = (min - start) / rate;
    let s2 = (max - start) / rate;
    if (s1 > s2) [s1, s2] = [s2, s1];
    lo = Math.max(lo, s1);
    hi = Math.min(hi, s2);
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Offsets at which AB crosses polygon edges, for the stretches of AB inside the polygon. */
function insideIntervals(place: Shape, a: Point, b: Point, length: number): Interval[] {
  if (place.type !== 'polygon') return [];
  const cuts = [0, length];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  forEachEdge(place, (p, q) => {
    const ex = q[0] - p[0];
    const ey = q[1] - p[1];
    const denominator = dx * ey - dy * ex;
    if (denominator === 0) return;
    const t = ((p[0] - a[0]) * ey - (p[1] - a[1]) * ex) / denominator;
    const v = ((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / denominator;
    if (t > 0 && t < 1 && v >= 0 && v <= 1) cuts.push(t * length);
  });
  cuts.sort((x, y) => x - y);
  const out: Interval[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const mid = (cuts[i] + cuts[i + 1]) / 2 / length;
    if (pointInMultiPolygon([a[0] + mid * dx, a[1] + mid * dy], place.coordinates)) out.push([cuts[i], cuts[i + 1]]);
  }
  return out;
}

/** Sorted, merged offsets in [0, |AB|] whose distance to the place is at most `radius`. */
export function withinIntervals(place: Shape, a: Point, b: Point, radius: number): Interval[] {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length === 0) return placePointDistance(place, a[0], a[1]) <= radius ? [[0, 0]] : [];
  const ux = (b[0] - a[0]) / length;
  const uy = (b[1] - a[1]) / length;
  const pieces: Interval[] = [];
  if (place.type === 'point') {
    const disc = discInterval(a, ux, uy, place.coordinates, radius);
    if (disc) pieces.push(disc);
  } else {
    forEachEdge(place, (p, q) => {
      // A capsule is convex, so the hull of its disc and band pieces is its whole stretch.
      let lo = Infinity;
      let hi = -Infinity;
      for (const piece of [discInterval(a, ux, uy, p, radius), discInterval(a, ux, uy, q, radius), bandInterval(a, ux, uy, p, q, radius)]) {
        if (!piece) continue;
        lo = Math.min(lo, piece[0]);
        hi = Math.max(hi, piece[1]);
      }
      if (lo <= hi) pieces.push([lo, hi]);
    });
    pieces.push(...insideIntervals(place, a, b, length));
  }
  const clamped = pieces
    .map(([lo, hi]): Interval => [Math.max(0, lo), Math.min(length, hi)])
    .filter(([lo, hi]) => lo <= hi)
    .sort((x, y) => x[0] - y[0]);
  const merged: Interval[] = [];
  for (const piece of clamped) {
    const last = merged[merged.length - 1];
    if (last && piece[0] <= last[1] + 1e-9) last[1] = Math.max(last[1], piece[1]);
    else merged.push([piece[0], piece[1]]);
  }
  return merged;
}

/**
 * Distances between a place (a point or a polygon) and pieces of road, and the stretch of a
 * road piece lying within a given distance of a place. Offsets along a piece run from its
 * start A (0) to its end B (its length). Exact: no sampling.
 */
import { pointInMultiPolygon, pointSegmentDistance, type Point, type Shape, segmentSegmentDistance } from '../geometry/planar';
import { hypot } from '../geometry/hypot';
import { flatSegments, pointInPolygons, pointSegment, segmentDistance } from './flat-shapes';

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
  if (place.type === 'polygon' && pointInPolygons(ax, ay, place.coordinates)) return 0;
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

/** The last interval found by disc or band (module scratch: no array per edge at attach time). */
let foundLo = 0;
let foundHi = 0;

/** Offsets s along A + s·u (u unit) within `radius` of point P, unclamped, into foundLo/Hi; false when none. */
function disc(ax: number, ay: number, ux: number, uy: number, pointX: number, pointY: number, radius: number): boolean {
  const px = pointX - ax;
  const py = pointY - ay;
  const along = px * ux + py * uy;
  const across = px * uy - py * ux;
  const slack = radius * radius - across * across;
  if (slack < 0) return false;
  const half = Math.sqrt(slack);
  foundLo = along - half;
  foundHi = along + half;
  return true;
}

/** Offsets within the band around segment PQ (the rectangle of a capsule), unclamped, into foundLo/Hi. */
function band(ax: number, ay: number, ux: number, uy: number, px: number, py: number, qx: number, qy: number, radius: number): boolean {
  const ex = qx - px;
  const ey = qy - py;
  const m = Math.hypot(ex, ey);
  if (m === 0) return false;
  const eux = ex / m;
  const euy = ey / m;
  // Two slabs: 0 ≤ (X − P)·e ≤ m and −r ≤ (X − P)·n ≤ r, with X = A + s·u.
  let lo = -Infinity;
  let hi = Infinity;
  for (let slab = 0; slab < 2; slab++) {
    const start = slab === 0 ? (ax - px) * eux + (ay - py) * euy : (ax - px) * -euy + (ay - py) * eux;
    const rate = slab === 0 ? ux * eux + uy * euy : ux * -euy + uy * eux;
    const min = slab === 0 ? 0 : -radius;
    const max = slab === 0 ? m : radius;
    if (Math.abs(rate) < 1e-15) {
      if (start < min || start > max) return false;
      continue;
    }
    let s1 = (min - start) / rate;
    let s2 = (max - start) / rate;
    if (s1 > s2) [s1, s2] = [s2, s1];
    lo = Math.max(lo, s1);
    hi = Math.min(hi, s2);
  }
  if (!(lo <= hi)) return false;
  foundLo = lo;
  foundHi = hi;
  return true;
}

/** Offsets at which AB crosses polygon edges (flat, as flatSegments), for the stretches of AB inside the polygon. */
function insideIntervals(place: Shape, edges: Float64Array, a: Point, b: Point, length: number, out: Interval[]): void {
  if (place.type !== 'polygon') return;
  const cuts = [0, length];
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  for (let i = 0; i < edges.length; i += 4) {
    const px = edges[i];
    const py = edges[i + 1];
    const ex = edges[i + 2] - px;
    const ey = edges[i + 3] - py;
    const denominator = dx * ey - dy * ex;
    if (denominator === 0) continue;
    const t = ((px - a[0]) * ey - (py - a[1]) * ex) / denominator;
    const v = ((px - a[0]) * dy - (py - a[1]) * dx) / denominator;
    if (t > 0 && t < 1 && v >= 0 && v <= 1) cuts.push(t * length);
  }
  cuts.sort((x, y) => x - y);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const mid = (cuts[i] + cuts[i + 1]) / 2 / length;
    if (pointInPolygons(a[0] + mid * dx, a[1] + mid * dy, place.coordinates)) pushClamped(out, cuts[i], cuts[i + 1], length);
  }
}

/** Sorted, merged offsets in [0, |AB|] whose distance to the place is at most `radius`. */
export function withinIntervals(place: Shape, a: Point, b: Point, radius: number): Interval[] {
  return flatWithinIntervals(place, flatSegments(place), a, b, radius);
}

/**
 * withinIntervals with the place's edges pre-flattened (flatSegments: the edges of
 * forEachEdge in its order), the per-edge pieces held in scalars: the same arithmetic in the
 * same order, so the same intervals, without closures and arrays per edge.
 */
export function flatWithinIntervals(place: Shape, edges: Float64Array, a: Point, b: Point, radius: number): Interval[] {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length === 0) return placePointDistance(place, a[0], a[1]) <= radius ? [[0, 0]] : [];
  const ax = a[0];
  const ay = a[1];
  const ux = (b[0] - ax) / length;
  const uy = (b[1] - ay) / length;
  // Pieces go in clamped to [0, length] (empty ones dropped) as they are found, in the order found.
  const pieces: Interval[] = [];
  if (place.type === 'point') {
    if (disc(ax, ay, ux, uy, place.coordinates[0], place.coordinates[1], radius)) pushClamped(pieces, foundLo, foundHi, length);
  } else {
    for (let i = 0; i < edges.length; i += 4) {
      // A capsule is convex, so the hull of its disc and band pieces is its whole stretch.
      let lo = Infinity;
      let hi = -Infinity;
      if (disc(ax, ay, ux, uy, edges[i], edges[i + 1], radius)) {
        lo = Math.min(lo, foundLo);
        hi = Math.max(hi, foundHi);
      }
      if (disc(ax, ay, ux, uy, edges[i + 2], edges[i + 3], radius)) {
        lo = Math.min(lo, foundLo);
        hi = Math.max(hi, foundHi);
      }
      if (band(ax, ay, ux, uy, edges[i], edges[i + 1], edges[i + 2], edges[i + 3], radius)) {
        lo = Math.min(lo, foundLo);
        hi = Math.max(hi, foundHi);
      }
      if (lo <= hi) pushClamped(pieces, lo, hi, length);
    }
    insideIntervals(place, edges, a, b, length, pieces);
  }
  pieces.sort(byStart);
  // Each piece is a fresh array no one else holds: the merged list keeps it rather than a copy.
  const merged: Interval[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && piece[0] <= last[1] + 1e-9) last[1] = Math.max(last[1], piece[1]);
    else merged.push(piece);
  }
  return merged;
}

const byStart = (x: Interval, y: Interval) => x[0] - y[0];

function pushClamped(out: Interval[], lo: number, hi: number, length: number): void {
  const start = Math.max(0, lo);
  const end = Math.min(length, hi);
  if (start <= end) out.push([start, end]);
}

/**
 * Convex hull and ring bounding box, shared by the elevator frames, the sunlight prisms and
 * shadows, and the parking buffers.
 */
import type { BBox, Point } from './planar';

const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Footprints have a handful of vertices: an insertion sort beats Array#sort's set-up (and its garbage). */
const INSERTION_SORT_MAX = 32;

/** The points by x then y; stable, like Array#sort, so the hull keeps the same point objects. */
function sortedByXY(points: readonly Point[]): Point[] {
  if (points.length > INSERTION_SORT_MAX) return [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const sorted = points.slice();
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[i];
    let j = i;
    for (; j > 0 && (sorted[j - 1][0] - p[0] || sorted[j - 1][1] - p[1]) > 0; j--) sorted[j] = sorted[j - 1];
    sorted[j] = p;
  }
  return sorted;
}

/** Convex hull (Andrew's monotone chain), counter-clockwise, without the closing point. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = sortedByXY(points);
  if (sorted.length < 3) return sorted;
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

/** Bounding box of a ring (or any list of points). */
export function ringBBox(ring: readonly Point[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

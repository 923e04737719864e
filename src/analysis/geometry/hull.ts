/**
 * Convex hull and ring bounding box, shared by the elevator frames, the sunlight prisms and
 * shadows, and the parking buffers.
 */
import type { BBox, PlanarMultiPolygon, Point } from './planar';

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

/** Scratch of flatConvexHull: points sorted, then the chain. */
const sortedXY = new Float64Array(2 * INSERTION_SORT_MAX);
const chainXY = new Float64Array(4 * INSERTION_SORT_MAX + 4);

const crossFlat = (ox: number, oy: number, ax: number, ay: number, bx: number, by: number) => (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);

/**
 * convexHull on flat input (x0, y0, x1, y1 … for `count` points) without a Point array, a
 * sort copy or two chains per call: the same stable x-then-y order, the same cross products
 * on the same doubles, so the same hull in the same order. The result is a scratch that the
 * next call overwrites: copy what you keep. Only for small inputs (≤ INSERTION_SORT_MAX
 * points); null beyond, so callers fall back to convexHull.
 */
export function flatConvexHull(points: Float64Array, count: number): FlatHull | null {
  if (count > INSERTION_SORT_MAX) return null;
  const sorted = sortedXY;
  for (let i = 0; i < count; i++) {
    const px = points[2 * i];
    const py = points[2 * i + 1];
    let j = i;
    // convexHull's insertion sort: move up while the previous is greater by x, then by y.
    for (; j > 0 && (sorted[2 * j - 2] - px || sorted[2 * j - 1] - py) > 0; j--) {
      sorted[2 * j] = sorted[2 * j - 2];
      sorted[2 * j + 1] = sorted[2 * j - 1];
    }
    sorted[2 * j] = px;
    sorted[2 * j + 1] = py;
  }
  if (count < 3) {
    flatHull.xy = sorted;
    flatHull.length = count;
    return flatHull;
  }
  const chain = chainXY;
  // Lower chain, its last point dropped, then the upper chain, its last point dropped: lower.concat(upper).
  let top = 0;
  for (let i = 0; i < count; i++) top = pushOnChain(chain, 0, top, sorted[2 * i], sorted[2 * i + 1]);
  top--;
  const upperStart = top;
  for (let i = count - 1; i >= 0; i--) top = upperStart + pushOnChain(chain, upperStart, top - upperStart, sorted[2 * i], sorted[2 * i + 1]);
  top--;
  flatHull.xy = chain;
  flatHull.length = top;
  return flatHull;
}

/** flatConvexHull's result: the hull's points are xy[0 … 2 × length). */
export interface FlatHull {
  xy: Float64Array;
  length: number;
}
const flatHull: FlatHull = { xy: chainXY, length: 0 };

/** One monotone-chain step on the chain starting at point `start` with `length` points; returns the new length. */
function pushOnChain(chain: Float64Array, start: number, length: number, px: number, py: number): number {
  while (length >= 2) {
    const a = 2 * (start + length - 2);
    const b = a + 2;
    // Not `> 0`: a NaN cross keeps the point, as convexHull's `<= 0` pop test does.
    if (!(crossFlat(chain[a], chain[a + 1], chain[b], chain[b + 1], px, py) <= 0)) break;
    length--;
  }
  chain[2 * (start + length)] = px;
  chain[2 * (start + length) + 1] = py;
  return length + 1;
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

/** What gatherOuterVertices filled: `xy` is a scratch the next call overwrites (and may replace). */
export const gatheredVertices = { xy: new Float64Array(64), count: 0 };

/**
 * Every outer-ring vertex of the polygon, flat (x0, y0 …), into gatheredVertices, and with
 * `bbox` their box: the elevator frames and the sunlight prisms hull them with flatConvexHull
 * without an array per vertex.
 */
export function gatherOuterVertices(polygon: PlanarMultiPolygon, bbox?: BBox): typeof gatheredVertices {
  if (bbox) {
    bbox[0] = Infinity;
    bbox[1] = Infinity;
    bbox[2] = -Infinity;
    bbox[3] = -Infinity;
  }
  let count = 0;
  for (const part of polygon) {
    for (const p of part[0] ?? []) {
      if (2 * count + 2 > gatheredVertices.xy.length) {
        const bigger = new Float64Array(gatheredVertices.xy.length * 2);
        bigger.set(gatheredVertices.xy);
        gatheredVertices.xy = bigger;
      }
      gatheredVertices.xy[2 * count] = p[0];
      gatheredVertices.xy[2 * count + 1] = p[1];
      count++;
      if (bbox) {
        if (p[0] < bbox[0]) bbox[0] = p[0];
        if (p[1] < bbox[1]) bbox[1] = p[1];
        if (p[0] > bbox[2]) bbox[2] = p[0];
        if (p[1] > bbox[3]) bbox[3] = p[1];
      }
    }
  }
  gatheredVertices.count = count;
  return gatheredVertices;
}

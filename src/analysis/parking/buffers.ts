/**
 * Protected buffers for parking, fast. A point's buffer is a circle; a convex polygon's buffer
 * is convex, so it is the convex hull of its vertex circles and band corners: the region the kernel's
 * bufferPieces cover, as one piece, for the clipper-free cut of parcels.ts. Other shapes are
 * cut as the kernel's pieces (bufferPieces), never unioned.
 */
import { bufferPieces, circleRing } from '../geometry/clip';
import type { PlanarMultiPolygon, Point, Ring, Shape } from '../geometry/planar';

import { convexHull } from '../geometry/hull';

/** One piece of a buffer; `convex` when its single ring is convex (the clipper-free path). */
export interface BufferPiece {
  value: PlanarMultiPolygon;
  convex: boolean;
}

const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** The hull as a closed counter-clockwise ring. */
export function closedHull(points: Point[]): Ring {
  const hull = convexHull(points);
  if (hull.length >= 3) hull.push([hull[0][0], hull[0][1]]);
  return hull;
}

/** Distinct vertices of a ring (closing point and repeats dropped). */
function ringVertices(ring: Ring): Point[] {
  const out: Point[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

/** True for a single-ring polygon whose turns all go one way (collinear points allowed). */
function isConvexRing(vertices: Point[]): boolean {
  let sign = 0;
  const n = vertices.length;
  if (n < 3) return false;
  for (let i = 0; i < n; i++) {
    const turn = cross(vertices[i], vertices[(i + 1) % n], vertices[(i + 2) % n]);
    if (turn === 0) continue;
    if (sign === 0) sign = Math.sign(turn);
    else if (Math.sign(turn) !== sign) return false;
  }
  return sign !== 0;
}

/**
 * The buffer of a convex ring: the hull of its vertex discs and its edges' band corners (the
 * union of its segmentStadiums, which for a convex ring is convex); null when not convex.
 */
function convexRingBuffer(ring: Ring, radius: number, segmentsPerQuarter: number): Ring | null {
  const vertices = ringVertices(ring);
  if (!isConvexRing(vertices)) return null;
  const points: Point[] = [];
  vertices.forEach((a, i) => {
    const b = vertices[(i + 1) % vertices.length];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const nx = (-(b[1] - a[1]) / length) * radius;
    const ny = ((b[0] - a[0]) / length) * radius;
    points.push([a[0] + nx, a[1] + ny], [b[0] + nx, b[1] + ny], [a[0] - nx, a[1] - ny], [b[0] - nx, b[1] - ny]);
    points.push(...circleRing(a, radius, segmentsPerQuarter).slice(0, -1));
  });
  return closedHull(points);
}

/**
 * The protected buffer (the set within `radius` of the shape, as the kernel's bufferPieces
 * defines it) as pieces to cut one by one: per part of a polygon, one convex piece when the
 * part is a convex single ring, else the part itself and a convex stadium per edge. No union
 * is drawn: polyclip took 0.1–1 s per real footprint for it and failed on a third of them.
 */
export function protectedBufferPieces(shape: Shape, radius: number, segmentsPerQuarter = 32): BufferPiece[] {
  if (radius <= 0 || shape.type !== 'polygon') return bufferPieces(shape, radius, segmentsPerQuarter);
  return shape.coordinates.flatMap((part): BufferPiece[] => {
    const convex = part.length === 1 ? convexRingBuffer(part[0], radius, segmentsPerQuarter) : null;
    return convex ? [{ value: [[convex]], convex: true }] : bufferPieces({ type: 'polygon', coordinates: [part] }, radius, segmentsPerQuarter);
  });
}

/** Ring of a convex single-ring multipolygon, open and counter-clockwise, or null. */
export function convexRing(multiPolygon: PlanarMultiPolygon): Point[] | null {
  if (multiPolygon.length !== 1 || multiPolygon[0].length !== 1) return null;
  const vertices = ringVertices(multiPolygon[0][0]);
  if (!isConvexRing(vertices)) return null;
  let twiceArea = 0;
  vertices.forEach((p, i) => {
    const q = vertices[(i + 1) % vertices.length];
    twiceArea += p[0] * q[1] - q[0] * p[1];
  });
  return twiceArea > 0 ? vertices : [...vertices].reverse();
}

/**
 * Sutherland–Hodgman: the part of `subject` inside the convex counter-clockwise `clip`. Exact
 * for a convex subject; for any simple subject ring the result may carry zero-width bridges
 * between its pieces, but its shoelace area is still the area of the intersection.
 */
export function clipConvex(subject: Point[], clip: Point[]): Point[] {
  let output = subject;
  for (let i = 0; i < clip.length && output.length > 0; i++) {
    const a = clip[i];
    const b = clip[(i + 1) % clip.length];
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j];
      const q = input[(j + 1) % input.length];
      const sp = cross(a, b, p);
      const sq = cross(a, b, q);
      if (sp >= 0) output.push(p);
      if ((sp >= 0) !== (sq >= 0)) {
        const t = sp / (sp - sq);
        output.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
      }
    }
  }
  return output;
}

export function openRingArea(ring: Point[]): number {
  let twiceArea = 0;
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length];
    twiceArea += p[0] * q[1] - q[0] * p[1];
  });
  return Math.abs(twiceArea) / 2;
}

/**
 * Protected buffers for parking, fast. A point's buffer is a circle; a convex polygon's buffer
 * is convex, so it is the convex hull of its vertex circles and edge-band corners: the same
 * region the kernel's bufferShape draws as a union of parts, computed without a clipper (the
 * union of a dozen 128-gons costs ~20 ms in polyclip, which thousands of protected objects
 * cannot afford). Other shapes go to bufferShape.
 */
import { bufferShape, circleRing, type ClipOutcome } from '../geometry/clip';
import type { PlanarMultiPolygon, Point, Ring, Shape } from '../geometry/planar';
import { convexHull } from '../geometry/hull';

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

/** The set within `radius` of the shape, as the kernel defines it (32 segments per quarter circle). */
export function protectedBuffer(shape: Shape, radius: number, segmentsPerQuarter = 32): ClipOutcome & { convex: boolean } {
  if (radius <= 0) return { value: shape.type === 'polygon' ? shape.coordinates : [], failed: false, convex: false };
  if (shape.type === 'point') return { value: [[circleRing(shape.coordinates, radius, segmentsPerQuarter)]], failed: false, convex: true };
  if (shape.type === 'polygon' && shape.coordinates.length === 1 && shape.coordinates[0].length === 1) {
    const vertices = ringVertices(shape.coordinates[0][0]);
    if (isConvexRing(vertices)) {
      const points: Point[] = [];
      vertices.forEach((a, i) => {
        const b = vertices[(i + 1) % vertices.length];
        const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
        const nx = (-(b[1] - a[1]) / length) * radius;
        const ny = ((b[0] - a[0]) / length) * radius;
        points.push([a[0] + nx, a[1] + ny], [b[0] + nx, b[1] + ny], [a[0] - nx, a[1] - ny], [b[0] - nx, b[1] - ny]);
        points.push(...circleRing(a, radius, segmentsPerQuarter).slice(0, -1));
      });
      const value: PlanarMultiPolygon = [[closedHull(points)]];
      return { value, failed: false, convex: true };
    }
  }
  return { ...bufferShape(shape, radius, segmentsPerQuarter), convex: false };
}

/**
 * protectedBuffer of each part of a MultiPolygon apart (other shapes whole): a convex part
 * keeps the clipper-free path, and one part the clipper fails on spoils only itself. The
 * pieces may overlap; the cut subtracts each (overlaps once, as for two objects).
 */
export function protectedBufferParts(shape: Shape, radius: number, segmentsPerQuarter = 32): (ClipOutcome & { convex: boolean })[] {
  if (shape.type !== 'polygon' || shape.coordinates.length <= 1) return [protectedBuffer(shape, radius, segmentsPerQuarter)];
  return shape.coordinates.map((part) => protectedBuffer({ type: 'polygon', coordinates: [part] }, radius, segmentsPerQuarter));
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

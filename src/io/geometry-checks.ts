/**
 * Geometry checks for the validation report and the repairs offered with it: ring closure,
 * ring length, duplicate vertices, winding (RFC 7946: outer rings counter-clockwise) and
 * self-intersection, found with a flatbush index over the segments so a 10,000-vertex ring
 * costs about n log n, not n².
 */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';

export type Ring = Position[];

export const isFinitePosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);

export const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

export function isClosed(ring: Ring): boolean {
  return ring.length > 0 && samePosition(ring[0], ring[ring.length - 1]);
}

/** Twice the signed area (shoelace): positive = counter-clockwise in lon/lat. */
export function signedArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum;
}

export function hasDuplicateVertices(ring: Ring): boolean {
  for (let i = 1; i < ring.length; i++) if (samePosition(ring[i], ring[i - 1])) return true;
  return false;
}

export function removeDuplicateVertices(ring: Ring): Ring {
  return ring.filter((p, i) => i === 0 || !samePosition(p, ring[i - 1]));
}

export function closeRing(ring: Ring): Ring {
  return ring.length && !isClosed(ring) ? [...ring, ring[0]] : ring;
}

function orientation(a: Position, b: Position, c: Position): number {
  const value = (b[1] - a[1]) * (c[0] - b[0]) - (b[0] - a[0]) * (c[1] - b[1]);
  return value === 0 ? 0 : value > 0 ? 1 : 2;
}

function onSegment(a: Position, b: Position, c: Position): boolean {
  return Math.min(a[0], c[0]) <= b[0] && b[0] <= Math.max(a[0], c[0]) && Math.min(a[1], c[1]) <= b[1] && b[1] <= Math.max(a[1], c[1]);
}

/** Whether segments p1p2 and q1q2 meet; `proper` = they cross away from their end points. */
export function segmentsIntersect(p1: Position, p2: Position, q1: Position, q2: Position): { meet: boolean; proper: boolean } {
  const o1 = orientation(p1, p2, q1), o2 = orientation(p1, p2, q2), o3 = orientation(q1, q2, p1), o4 = orientation(q1, q2, p2);
  if (o1 !== o2 && o3 !== o4) return { meet: true, proper: o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0 };
  if (o1 === 0 && onSegment(p1, q1, p2)) return { meet: true, proper: false };
  if (o2 === 0 && onSegment(p1, q2, p2)) return { meet: true, proper: false };
  if (o3 === 0 && onSegment(q1, p1, q2)) return { meet: true, proper: false };
  if (o4 === 0 && onSegment(q1, p2, q2)) return { meet: true, proper: false };
  return { meet: false, proper: false };
}

/**
 * The first place a polygon's rings cross themselves or each other, or undefined. Within one
 * ring any contact of non-neighbouring segments counts; between rings only a proper crossing
 * (a hole may touch its outer ring at a point). Rings must be closed and free of duplicates.
 */
export function findSelfIntersection(rings: Ring[]): Position | undefined {
  const segments: { ring: number; index: number; count: number; a: Position; b: Position }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) segments.push({ ring: r, index: i, count: ring.length - 1, a: ring[i], b: ring[i + 1] });
  });
  if (segments.length < 4) return undefined;
  const neighbours = (s: (typeof segments)[number], t: (typeof segments)[number]) => {
    if (s.ring !== t.ring) return false;
    const d = Math.abs(s.index - t.index);
    return d <= 1 || d === s.count - 1;
  };
  const test = (s: (typeof segments)[number], t: (typeof segments)[number]): Position | undefined => {
    if (neighbours(s, t)) return undefined;
    const hit = segmentsIntersect(s.a, s.b, t.a, t.b);
    if (!hit.meet || (s.ring !== t.ring && !hit.proper)) return undefined;
    return hit.proper ? crossingPoint(s.a, s.b, t.a, t.b) : [...(onSegment(s.a, t.a, s.b) ? t.a : onSegment(s.a, t.b, s.b) ? t.b : s.a)];
  };
  if (segments.length <= 64) {
    for (let i = 0; i < segments.length; i++) for (let j = i + 1; j < segments.length; j++) {
      const found = test(segments[i], segments[j]);
      if (found) return found;
    }
    return undefined;
  }
  const index = new Flatbush(segments.length);
  for (const s of segments) index.add(Math.min(s.a[0], s.b[0]), Math.min(s.a[1], s.b[1]), Math.max(s.a[0], s.b[0]), Math.max(s.a[1], s.b[1]));
  index.finish();
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    for (const j of index.search(Math.min(s.a[0], s.b[0]), Math.min(s.a[1], s.b[1]), Math.max(s.a[0], s.b[0]), Math.max(s.a[1], s.b[1]))) {
      if (j <= i) continue;
      const found = test(s, segments[j]);
      if (found) return found;
    }
  }
  return undefined;
}

function crossingPoint(p1: Position, p2: Position, q1: Position, q2: Position): Position {
  const d = (p2[0] - p1[0]) * (q2[1] - q1[1]) - (p2[1] - p1[1]) * (q2[0] - q1[0]);
  const t = ((q1[0] - p1[0]) * (q2[1] - q1[1]) - (q1[1] - p1[1]) * (q2[0] - q1[0])) / d;
  return [p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1])];
}

/**
 * Polygon intersection and difference in the plane, on polyclip-ts (the clipper turf uses),
 * and buffers as pieces. Inputs are never mutated. Clipping can throw on degenerate input;
 * callers get an empty result and a flag instead of an exception. Where near-coincident
 * edges are the rule (buffers, sweeps), clipper.ts does the booleans instead.
 */
import { difference, intersection } from 'polyclip-ts';
import { intersectionAreaOnGrid } from './clipper';
import { convexHull } from './hull';
import { hypot } from './hypot';
import { multiPolygonArea, type PlanarMultiPolygon, type Point, type Ring, type Shape, shapeSegments } from './planar';

/** Rings closed and free of repeated consecutive points, as polyclip expects. */
function cleanMultiPolygon(multiPolygon: PlanarMultiPolygon): PlanarMultiPolygon {
  return multiPolygon
    .map((polygon) =>
      polygon
        .map((ring) => {
          const out: Ring = [];
          for (const p of ring) {
            const last = out[out.length - 1];
            if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0], p[1]]);
          }
          if (out.length > 1) {
            const first = out[0];
            const last = out[out.length - 1];
            if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
          }
          return out;
        })
        .filter((ring) => ring.length >= 4),
    )
    .filter((polygon) => polygon.length > 0);
}

export interface ClipOutcome {
  value: PlanarMultiPolygon;
  failed: boolean;
}

function safely(run: () => PlanarMultiPolygon): ClipOutcome {
  try {
    return { value: run(), failed: false };
  } catch {
    return { value: [], failed: true };
  }
}

export function intersectMultiPolygons(a: PlanarMultiPolygon, b: PlanarMultiPolygon): ClipOutcome {
  const cleanA = cleanMultiPolygon(a);
  const cleanB = cleanMultiPolygon(b);
  if (cleanA.length === 0 || cleanB.length === 0) return { value: [], failed: false };
  return safely(() => intersection(cleanA, cleanB) as PlanarMultiPolygon);
}

export function subtractMultiPolygons(a: PlanarMultiPolygon, cutters: PlanarMultiPolygon[]): ClipOutcome {
  const cleanA = cleanMultiPolygon(a);
  const cleanCutters = cutters.map(cleanMultiPolygon).filter((c) => c.length > 0);
  if (cleanA.length === 0) return { value: [], failed: false };
  if (cleanCutters.length === 0) return { value: cleanA, failed: false };
  return safely(() => difference(cleanA, ...cleanCutters) as PlanarMultiPolygon);
}

/**
 * Area of a ∩ b in m². polyclip first (its doubles: results as they always were); where it
 * throws (shared vertices, near-coincident edges) Clipper answers instead: before, the area
 * read 0, so a parcel inside its community could count as outside it.
 */
export function intersectionArea(a: PlanarMultiPolygon, b: PlanarMultiPolygon): number {
  const outcome = intersectMultiPolygons(a, b);
  return outcome.failed ? intersectionAreaOnGrid(a, b) : multiPolygonArea(outcome.value);
}

/** A circle as a ring of `segmentsPerQuarter` × 4 vertices (DESIGN §3.6: at least 32 per quarter). */
export function circleRing(centre: Point, radius: number, segmentsPerQuarter = 32): Ring {
  const count = segmentsPerQuarter * 4;
  const ring: Ring = [];
  for (let i = 0; i < count; i++) {
    const angle = (2 * Math.PI * i) / count;
    ring.push([centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)]);
  }
  ring.push([ring[0][0], ring[0][1]]);
  return ring;
}

/**
 * The points within `radius` of segment ab as one convex ring (closed, counter-clockwise):
 * the hull of its two end discs (128-gons at 32 segments per quarter) and the band's four
 * exact corners, so its straight sides lie exactly `radius` from ab, as a buffer's do. The
 * corners sit within float noise of disc vertices on axis-parallel edges: polyclip threw on
 * such pieces, so they are cut on Clipper (clipper.ts), which cannot.
 */
export function segmentStadium(a: Point, b: Point, radius: number, segmentsPerQuarter = 32): Ring {
  const points: Point[] = circleRing(a, radius, segmentsPerQuarter).slice(0, -1);
  const length = hypot(b[0] - a[0], b[1] - a[1]);
  if (length > 0) {
    const nx = (-(b[1] - a[1]) / length) * radius;
    const ny = ((b[0] - a[0]) / length) * radius;
    points.push(...circleRing(b, radius, segmentsPerQuarter).slice(0, -1));
    points.push([a[0] + nx, a[1] + ny], [b[0] + nx, b[1] + ny], [a[0] - nx, a[1] - ny], [b[0] - nx, b[1] - ny]);
  }
  const hull = convexHull(points);
  hull.push([hull[0][0], hull[0][1]]);
  return hull;
}

/**
 * The set of points within `radius` of a shape as pieces whose union it is: the shape itself
 * (if polygonal, not convex in general) and one convex stadium per edge (a disc for a point).
 * Cutting the pieces from another polygon cuts the buffer, with no union drawn (polyclip's
 * union of them is slow, 0.1–1 s for a real footprint, and can still throw).
 */
export function bufferPieces(shape: Shape, radius: number, segmentsPerQuarter = 32): { value: PlanarMultiPolygon; convex: boolean }[] {
  if (radius <= 0) return shape.type === 'polygon' ? [{ value: shape.coordinates, convex: false }] : [];
  if (shape.type === 'point') return [{ value: [[circleRing(shape.coordinates, radius, segmentsPerQuarter)]], convex: true }];
  const pieces: { value: PlanarMultiPolygon; convex: boolean }[] = shape.type === 'polygon' ? [{ value: shape.coordinates, convex: false }] : [];
  for (const [a, b] of shapeSegments(shape)) pieces.push({ value: [[segmentStadium(a, b, radius, segmentsPerQuarter)]], convex: true });
  return pieces;
}

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
 * Area of a ∩ b in m². polyclip can be wrong without throwing: a parcel part touching a
 * community along its edge (a T-junction, 1e-10 m off after the lon/lat round trip) came back
 * inside it, whole. Clipper cannot be fooled so (integers on a 0.01 mm grid), so it answers
 * first: where it finds one shape inside the other, up to its grid's error, the overlap is that
 * shape's own area; otherwise polyclip's doubles stand where Clipper agrees with them (a 50/50
 * split stays a tie), and Clipper's area where it does not or polyclip throws (shared
 * vertices, near-coincident edges: before, the area read 0).
 */
export function intersectionArea(a: PlanarMultiPolygon, b: PlanarMultiPolygon): number {
  const onGrid = intersectionAreaOnGrid(a, b);
  const perimeterA = perimeter(a);
  const perimeterB = perimeter(b);
  const areaA = multiPolygonArea(a);
  if (Math.abs(onGrid - areaA) <= GRID_AREA_ERROR_PER_M * perimeterA) return areaA;
  const areaB = multiPolygonArea(b);
  if (Math.abs(onGrid - areaB) <= GRID_AREA_ERROR_PER_M * perimeterB) return areaB;
  const outcome = intersectMultiPolygons(a, b);
  if (outcome.failed) return onGrid;
  const area = multiPolygonArea(outcome.value);
  return Math.abs(area - onGrid) <= GRID_AREA_ERROR_PER_M * (perimeterA + perimeterB) ? area : onGrid;
}

/** Area error per metre of boundary of an overlay on Clipper's grid (each coordinate rounded by 0.005 mm at most), with margin. */
const GRID_AREA_ERROR_PER_M = 2e-5;

function perimeter(multiPolygon: PlanarMultiPolygon): number {
  let total = 0;
  for (const polygon of multiPolygon) for (const ring of polygon) for (let i = 1; i < ring.length; i++) total += hypot(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
  return total;
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

/**
 * Prisms for the sunlight rays (a footprint raised to a height, rays.ts): box, flat convex
 * hull and flat edges. Built without Point arrays or per-prism hull arrays (flatConvexHull
 * into a scratch): the elevator analysis makes one per building and one per unit shaft.
 */
import { convexHull, flatConvexHull, gatherOuterVertices, gatheredVertices } from '../geometry/hull';
import type { BBox, PlanarMultiPolygon, Point } from '../geometry/planar';
import { TypedPool } from '../geometry/typed-pool';

export interface Prism {
  polygon: PlanarMultiPolygon;
  bbox: BBox;
  heightM: number;
  /** Convex hull of the footprint, counter-clockwise, not closed, flat: x0, y0, x1, y1 … */
  hullXY: Float64Array;
  /** Every ring edge a→b as (a.x, a.y, b.x − a.x, b.y − a.y); zero-length edges (a ray can never use them) left out. */
  edges: Float64Array;
}

export { convexHull };

/** Gathers every outer-ring vertex (hull.ts's scratch) and their box into `bbox`; returns the vertex count. */
function gatherVertices(polygon: PlanarMultiPolygon, bbox: BBox): number {
  return gatherOuterVertices(polygon, bbox).count;
}

/** The convex hull of the gathered vertices, flat, in `take(length)`: flatConvexHull, or convexHull past its size. */
function hullOfGathered(polygon: PlanarMultiPolygon, count: number, take: (length: number) => Float64Array): Float64Array {
  const flat = flatConvexHull(gatheredVertices.xy, count);
  if (flat) {
    const hullXY = take(flat.length * 2);
    for (let i = 0; i < flat.length * 2; i++) hullXY[i] = flat.xy[i];
    return hullXY;
  }
  const vertices: Point[] = [];
  for (const part of polygon) for (const p of part[0] ?? []) vertices.push(p);
  const hull = convexHull(vertices);
  const hullXY = take(hull.length * 2);
  hull.forEach((p, i) => {
    hullXY[2 * i] = p[0];
    hullXY[2 * i + 1] = p[1];
  });
  return hullXY;
}

const takeFromPool = (length: number) => prismPool.take(length);

export function makePrism(polygon: PlanarMultiPolygon, heightM: number): Prism {
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const count = gatherVertices(polygon, bbox);
  const hullXY = hullOfGathered(polygon, count, takeFromPool);
  const edges = prismPool.take(edgeCount(polygon) * 4);
  fillEdges(polygon, edges);
  return { polygon, bbox, heightM, hullXY, edges };
}

/**
 * makePrism(polygon, heightM) written into `prism` (a short-lived prism, e.g. a unit's shaft,
 * ~140k per run) when its hull and edges have the same sizes, else a new one: the same
 * numbers either way, without the arrays and pooled views of a new prism.
 */
export function refillPrism(prism: Prism, polygon: PlanarMultiPolygon, heightM: number): Prism {
  const count = gatherVertices(polygon, prism.bbox);
  const flat = flatConvexHull(gatheredVertices.xy, count);
  const edges = edgeCount(polygon) * 4;
  if (!flat || flat.length * 2 !== prism.hullXY.length || edges !== prism.edges.length) return makePrism(polygon, heightM);
  for (let i = 0; i < flat.length * 2; i++) prism.hullXY[i] = flat.xy[i];
  fillEdges(polygon, prism.edges);
  prism.polygon = polygon;
  prism.heightM = heightM;
  return prism;
}

/** Prisms' flat hulls and edges share chunks (a city keeps ~60k prisms; see typed-pool.ts). */
const prismPool = new TypedPool(Float64Array);

/** Ring edges of non-zero length (a ray can never use the others). */
function edgeCount(polygon: PlanarMultiPolygon): number {
  let count = 0;
  for (const part of polygon) {
    for (const ring of part) {
      for (let i = 0; i < ring.length; i++) {
        const b = ring[(i + 1) % ring.length];
        if (b[0] - ring[i][0] !== 0 || b[1] - ring[i][1] !== 0) count++;
      }
    }
  }
  return count;
}

/** Every non-zero ring edge a→b as (a.x, a.y, b.x − a.x, b.y − a.y) into `edges` (sized by edgeCount). */
function fillEdges(polygon: PlanarMultiPolygon, edges: Float64Array): void {
  let at = 0;
  for (const part of polygon) {
    for (const ring of part) {
      const n = ring.length;
      for (let i = 0; i < n; i++) {
        const a = ring[i];
        const b = ring[(i + 1) % n];
        // The same subtractions rayEntryDistance makes, so the flat cast gives identical distances.
        const ex = b[0] - a[0];
        const ey = b[1] - a[1];
        if (ex === 0 && ey === 0) continue;
        edges[at++] = a[0];
        edges[at++] = a[1];
        edges[at++] = ex;
        edges[at++] = ey;
      }
    }
  }
}

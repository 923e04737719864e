/**
 * The kernel's shapeDistance (geometry/planar.ts) for hot loops: the same arithmetic on
 * scalars and on each feature's edges flattened once into a Float64Array, so a distance
 * allocates nothing. Results are bit for bit those of shapeDistance (flat-shapes.test.ts).
 */
import { hypot } from '../geometry/hypot';
import { type PlanarMultiPolygon, type Point, pointInRingAt, type Shape } from '../geometry/planar';
import type { PreparedLayers } from '../prepare';
import type { LayerName } from '../../model/layers';

/**
 * A shape's edges as [ax, ay, bx, by, …] (a point is one degenerate edge): the edges of
 * shapeSegments in its order, written straight into the array (no pair array per edge).
 */
export function flatSegments(shape: Shape): Float64Array {
  if (shape.type === 'point') {
    const [x, y] = shape.coordinates;
    return Float64Array.of(x, y, x, y);
  }
  let count = 0;
  if (shape.type === 'line') for (const line of shape.coordinates) count += pathEdges(line, false, null, 0);
  else for (const polygon of shape.coordinates) for (const ring of polygon) count += pathEdges(ring, true, null, 0);
  const flat = new Float64Array(count * 4);
  let at = 0;
  if (shape.type === 'line') for (const line of shape.coordinates) at += pathEdges(line, false, flat, at);
  else for (const polygon of shape.coordinates) for (const ring of polygon) at += pathEdges(ring, true, flat, at);
  return flat;
}

/** Edges of one path (a ring closed when its ends differ), written at edge `at` of `out` when given; returns their number. */
function pathEdges(path: Point[], closed: boolean, out: Float64Array | null, at: number): number {
  let count = 0;
  for (let i = 0; i + 1 < path.length; i++, count++) {
    if (out) writeEdge(out, at + count, path[i], path[i + 1]);
  }
  if (closed && path.length > 2) {
    const first = path[0];
    const last = path[path.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      if (out) writeEdge(out, at + count, last, first);
      count++;
    }
  }
  return count;
}

function writeEdge(out: Float64Array, edge: number, a: Point, b: Point): void {
  out[edge * 4] = a[0];
  out[edge * 4 + 1] = a[1];
  out[edge * 4 + 2] = b[0];
  out[edge * 4 + 3] = b[1];
}

/** Flat edges of every feature of a layer, built on first use per feature and kept in the memo. */
export function layerSegments(prepared: PreparedLayers, name: LayerName): (position: number) => Float64Array {
  const key = `flat-segments:${name}`;
  let list = prepared.memo.get(key) as (Float64Array | undefined)[] | undefined;
  if (!list) prepared.memo.set(key, (list = []));
  const features = prepared.layer(name).features;
  const cache = list;
  return (position) => (cache[position] ??= flatSegments(features[position].shape));
}

/** pointSegmentDistance of planar.ts on scalars. */
export function pointSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
  t = Math.max(0, Math.min(1, t));
  return hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const orientation = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

const onSegment = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
  Math.min(px, qx) <= rx && rx <= Math.max(px, qx) && Math.min(py, qy) <= ry && ry <= Math.max(py, qy);

/** segmentsIntersect of planar.ts (closed segments ab and cd share a point) on scalars. */
export function segmentsShare(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return true;
  if (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return true;
  if (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return true;
  if (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return true;
  return o4 === 0 && onSegment(cx, cy, dx, dy, bx, by);
}

/** segmentSegmentDistance of planar.ts (0 when the closed segments share a point) on scalars. */
export function segmentDistance(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): number {
  if (segmentsShare(ax, ay, bx, by, cx, cy, dx, dy)) return 0;
  return Math.min(pointSegment(ax, ay, cx, cy, dx, dy), pointSegment(bx, by, cx, cy, dx, dy), pointSegment(cx, cy, ax, ay, bx, by), pointSegment(dx, dy, ax, ay, bx, by));
}

/** pointInMultiPolygon of planar.ts without closures: outer ring in, no hole in, for some polygon. */
export function pointInPolygons(px: number, py: number, polygons: PlanarMultiPolygon): boolean {
  for (let p = 0; p < polygons.length; p++) {
    const polygon = polygons[p];
    if (polygon.length === 0 || !pointInRingAt(px, py, polygon[0])) continue;
    let inHole = false;
    for (let r = 1; r < polygon.length && !inHole; r++) inHole = pointInRingAt(px, py, polygon[r]);
    if (!inHole) return true;
  }
  return false;
}

/** anyPartInside of planar.ts without closures: the first vertex of each part of `inner` in `outer`'s polygons. */
function somePartInside(inner: Shape, outer: PlanarMultiPolygon): boolean {
  if (inner.type === 'point') return pointInPolygons(inner.coordinates[0], inner.coordinates[1], outer);
  if (inner.type === 'line') {
    for (const path of inner.coordinates) if (path.length > 0 && pointInPolygons(path[0][0], path[0][1], outer)) return true;
    return false;
  }
  for (const polygon of inner.coordinates) {
    const vertex = polygon[0]?.[0];
    if (vertex && pointInPolygons(vertex[0], vertex[1], outer)) return true;
  }
  return false;
}

/** Scratch for the four candidate offsets of one edge pair in flatShapeDistance. */
const offsets = new Float64Array(8);

/**
 * shapeDistance(a, b) on pre-flattened edges, skipping edge pairs whose boxes are already
 * farther apart than the best so far (they cannot lower the minimum): same result.
 *
 * One flat loop, no helper call per edge pair: segmentDistance's crossing test and its four
 * point–segment distances are written out here. Calls that V8 does not inline pass doubles
 * boxed on the heap, which was most of the garbage of a cold parking run; the function now
 * allocates nothing. A candidate's hypot is taken only when its squared length can beat the
 * best (the slack covers hypot's rounding), so the minimum, and each value compared, is
 * exactly the kernel's.
 */
export function flatShapeDistance(a: Shape, flatA: Float64Array, b: Shape, flatB: Float64Array): number {
  if (a.type === 'point' && b.type === 'point') return hypot(a.coordinates[0] - b.coordinates[0], a.coordinates[1] - b.coordinates[1]);
  if (b.type === 'polygon' && somePartInside(a, b.coordinates)) return 0;
  if (a.type === 'polygon' && somePartInside(b, a.coordinates)) return 0;
  let best = Infinity;
  // An offset whose squared length is above this cannot have a hypot below best.
  let bound = Infinity;
  for (let i = 0; i < flatA.length; i += 4) {
    const ax = flatA[i];
    const ay = flatA[i + 1];
    const bx = flatA[i + 2];
    const by = flatA[i + 3];
    const minAx = Math.min(ax, bx);
    const maxAx = Math.max(ax, bx);
    const minAy = Math.min(ay, by);
    const maxAy = Math.max(ay, by);
    const abx = bx - ax;
    const aby = by - ay;
    const abSquared = abx * abx + aby * aby;
    for (let j = 0; j < flatB.length; j += 4) {
      const cx = flatB[j];
      const cy = flatB[j + 1];
      const dx = flatB[j + 2];
      const dy = flatB[j + 3];
      const gapX = Math.max(0, Math.min(cx, dx) - maxAx, minAx - Math.max(cx, dx));
      const gapY = Math.max(0, Math.min(cy, dy) - maxAy, minAy - Math.max(cy, dy));
      // Slack so float noise in the box bound never skips the edge pair the kernel would pick.
      if (gapX * gapX + gapY * gapY > best * best * (1 + 1e-9) + 1e-12) continue;
      // segmentsShare: the closed segments ab and cd share a point, so the distance is 0.
      const cdx = dx - cx;
      const cdy = dy - cy;
      const o1 = abx * (cy - ay) - aby * (cx - ax);
      const o2 = abx * (dy - ay) - aby * (dx - ax);
      const o3 = cdx * (ay - cy) - cdy * (ax - cx);
      const o4 = cdx * (by - cy) - cdy * (bx - cx);
      if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return 0;
      if (o1 === 0 && minAx <= cx && cx <= maxAx && minAy <= cy && cy <= maxAy) return 0;
      if (o2 === 0 && minAx <= dx && dx <= maxAx && minAy <= dy && dy <= maxAy) return 0;
      const minCx = Math.min(cx, dx);
      const maxCx = Math.max(cx, dx);
      const minCy = Math.min(cy, dy);
      const maxCy = Math.max(cy, dy);
      if (o3 === 0 && minCx <= ax && ax <= maxCx && minCy <= ay && ay <= maxCy) return 0;
      if (o4 === 0 && minCx <= bx && bx <= maxCx && minCy <= by && by <= maxCy) return 0;
      // pointSegment(a, cd), (b, cd), (c, ab), (d, ab): offsets to the nearest point of the
      // segment, kept in a typed array so that one inlined hypot below serves all four.
      const cdSquared = cdx * cdx + cdy * cdy;
      let t = 0;
      t = cdSquared === 0 ? 0 : ((ax - cx) * cdx + (ay - cy) * cdy) / cdSquared;
      t = Math.max(0, Math.min(1, t));
      offsets[0] = ax - (cx + t * cdx);
      offsets[1] = ay - (cy + t * cdy);
      t = cdSquared === 0 ? 0 : ((bx - cx) * cdx + (by - cy) * cdy) / cdSquared;
      t = Math.max(0, Math.min(1, t));
      offsets[2] = bx - (cx + t * cdx);
      offsets[3] = by - (cy + t * cdy);
      t = abSquared === 0 ? 0 : ((cx - ax) * abx + (cy - ay) * aby) / abSquared;
      t = Math.max(0, Math.min(1, t));
      offsets[4] = cx - (ax + t * abx);
      offsets[5] = cy - (ay + t * aby);
      t = abSquared === 0 ? 0 : ((dx - ax) * abx + (dy - ay) * aby) / abSquared;
      t = Math.max(0, Math.min(1, t));
      offsets[6] = dx - (ax + t * abx);
      offsets[7] = dy - (ay + t * aby);
      for (let k = 0; k < 8; k += 2) {
        const ex = offsets[k];
        const ey = offsets[k + 1];
        if (ex * ex + ey * ey > bound) continue;
        // hypot(ex, ey) of geometry/hypot.ts, written out: a call would box its doubles. Every
        // value of d is a double (no integer constant), else V8 keeps d boxed.
        const absX = Math.abs(ex);
        const absY = Math.abs(ey);
        const max = absX > absY ? absX : absY;
        let d = max; // +0 when both are 0
        if (absX === Infinity || absY === Infinity) d = Infinity;
        else if (absX !== absX || absY !== absY) d = absX + absY; // NaN
        else if (max !== 0) {
          const nx = absX / max;
          const ny = absY / max;
          d = Math.sqrt(nx * nx + ny * ny) * max;
        }
        if (d < best) {
          best = d;
          if (best === 0) return 0;
          bound = best * best * (1 + 1e-9) + 1e-300;
        }
      }
    }
  }
  return best;
}

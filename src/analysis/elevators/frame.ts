/**
 * The frame of a building (minimum-area rectangle of its footprint), its stair façade and
 * the shaft footprint of each unit (DESIGN §3.2, §3.6).
 */
import { hypot } from '../geometry/hypot';
import type { PlanarMultiPolygon, Point, Ring } from '../geometry/planar';
import { convexHull, flatConvexHull, gatherOuterVertices } from '../geometry/hull';
import type { StairSide } from './params';

export interface Frame {
  /** Corners counter-clockwise. */
  corners: [Point, Point, Point, Point];
  /** Long side length (m). */
  length: number;
  width: number;
}

export interface FrameSide {
  start: Point;
  end: Point;
  /** Outward unit normal. */
  normal: Point;
}

const TIE = 1e-9;
/** Midpoints closer than this in x (m) tie: lon/lat doubles alone carry ~1.5e-9 m of rounding. */
const SAME_X_M = 1e-6;

/**
 * Minimum-area rectangle by rotating calipers: one side of it lies along a hull edge, so
 * every hull edge direction is tried (hulls of footprints are small: O(h²) is fine).
 * On equal areas the first hull edge wins.
 */
export function minimumAreaRectangle(polygon: PlanarMultiPolygon): Frame | null {
  const hull = hullOf(polygon);
  const n = hull.length >> 1;
  if (n < 3) return null;
  // The best rectangle as scalars (no object per improvement): ~40k frames per cold run.
  let found = false;
  let bestArea = 0, bestUx = 0, bestUy = 0, bestMinU = 0, bestMaxU = 0, bestMinV = 0, bestMaxV = 0;
  for (let i = 0; i < n; i++) {
    const j = i + 1 === n ? 0 : i + 1;
    const ax = hull[2 * i], ay = hull[2 * i + 1];
    const bx = hull[2 * j], by = hull[2 * j + 1];
    const edgeLength = hypot(bx - ax, by - ay);
    if (edgeLength === 0) continue;
    const ux = (bx - ax) / edgeLength;
    const uy = (by - ay) / edgeLength;
    let minU = Infinity, maxU = -Infinity, minV = Infinity, maxV = -Infinity;
    for (let k = 0; k < n; k++) {
      const px = hull[2 * k], py = hull[2 * k + 1];
      const u = px * ux + py * uy;
      const v = -px * uy + py * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (!found || area < bestArea * (1 - TIE)) {
      found = true;
      bestArea = area; bestUx = ux; bestUy = uy; bestMinU = minU; bestMaxU = maxU; bestMinV = minV; bestMaxV = maxV;
    }
  }
  if (!found || bestArea <= 0) return null;
  const ux = bestUx, uy = bestUy, minU = bestMinU, maxU = bestMaxU, minV = bestMinV, maxV = bestMaxV;
  return {
    corners: [frameCorner(minU, minV, ux, uy), frameCorner(maxU, minV, ux, uy), frameCorner(maxU, maxV, ux, uy), frameCorner(minU, maxV, ux, uy)],
    length: Math.max(maxU - minU, maxV - minV),
    width: Math.min(maxU - minU, maxV - minV),
  };
}

/** The point at (u, v) in the frame whose first axis is (ux, uy). A function, not a closure per frame. */
function frameCorner(u: number, v: number, ux: number, uy: number): Point {
  return [u * ux - v * uy, u * uy + v * ux];
}

/** convexHull of the outer rings' vertices, flat (x0, y0 …): flatConvexHull's scratch when small, else a copy of convexHull. */
function hullOf(polygon: PlanarMultiPolygon): Float64Array {
  const { xy, count } = gatherOuterVertices(polygon);
  const flat = flatConvexHull(xy, count);
  if (flat) return flat.xy.subarray(0, 2 * flat.length);
  const vertices: Point[] = [];
  for (const part of polygon) for (const p of part[0] ?? []) vertices.push(p);
  return Float64Array.from(convexHull(vertices).flat());
}

const SIDE_DIRECTIONS: Record<StairSide, Point> = { north: [0, 1], south: [0, -1], east: [1, 0], west: [-1, 0] };

/**
 * The stair façade: the frame side whose outward normal points most toward `stairSide`;
 * a tie (within 1e-9) goes to the side with the smaller midpoint x (west; within 1e-6 m is the
 * same x), then smaller y.
 */
export function stairFacade(frame: Frame, stairSide: StairSide): FrameSide {
  const [dx, dy] = SIDE_DIRECTIONS[stairSide];
  let best: { side: FrameSide; score: number; midX: number; midY: number } | null = null;
  for (let i = 0; i < 4; i++) {
    const start = frame.corners[i];
    const end = frame.corners[(i + 1) % 4];
    const length = hypot(end[0] - start[0], end[1] - start[1]);
    // Corners run counter-clockwise, so the outward normal is the edge turned clockwise.
    const normal: Point = [(end[1] - start[1]) / length, -(end[0] - start[0]) / length];
    const score = normal[0] * dx + normal[1] * dy;
    const midX = (start[0] + end[0]) / 2;
    const midY = (start[1] + end[1]) / 2;
    const better =
      !best ||
      score > best.score + TIE ||
      (Math.abs(score - best.score) <= TIE && (midX < best.midX - SAME_X_M || (Math.abs(midX - best.midX) <= SAME_X_M && midY < best.midY)));
    if (better) best = { side: { start, end, normal }, score, midX, midY };
  }
  return orderFacade(best!.side);
}

/**
 * Units count from the west end of the façade, or from the south end when the façade runs
 * north–south (taken as: more north–south than east–west; exactly 45° counts as east–west,
 * within 1e-9 of |dx| + |dy| so that rounding does not decide it). Not "x exactly equal": a
 * façade along a meridian leans in the plane by the meridian convergence (~1e-4 rad a km from
 * the centre), and would then number from its north end east of the centre.
 */
function orderFacade(side: FrameSide): FrameSide {
  const dx = side.end[0] - side.start[0];
  const dy = side.end[1] - side.start[1];
  const runsNorthSouth = Math.abs(dy) - Math.abs(dx) > TIE * (Math.abs(dx) + Math.abs(dy));
  const reversed = runsNorthSouth ? dy < 0 : dx < 0;
  return reversed ? { start: side.end, end: side.start, normal: side.normal } : side;
}

/** max(1, round-half-up(length / unitWidth)); the `units` field wins when given. */
export function unitCount(frameLength: number, unitWidthM: number, unitsField: unknown): number {
  if (typeof unitsField === 'number' && Number.isInteger(unitsField) && unitsField >= 1) return unitsField;
  return Math.max(1, Math.floor(frameLength / unitWidthM + 0.5 + 1e-9));
}

/**
 * Footprint of unit `unit` (1-based) of `count`: centred on the unit's equal share of the
 * façade, `widthM` along it, `depthM` outward from the frame side (so on a stepped footprint
 * the corridor bridges the gap to the wall). Counter-clockwise ring, closed.
 */
export function unitFootprint(facade: FrameSide, unit: number, count: number, widthM: number, depthM: number): Ring {
  const fx = facade.end[0] - facade.start[0];
  const fy = facade.end[1] - facade.start[1];
  const length = hypot(fx, fy);
  const tx = fx / length;
  const ty = fy / length;
  const share = (unit - 0.5) / count;
  const cx = facade.start[0] + fx * share;
  const cy = facade.start[1] + fy * share;
  const [nx, ny] = facade.normal;
  const half = widthM / 2;
  const a: Point = [cx - tx * half, cy - ty * half];
  const b: Point = [cx + tx * half, cy + ty * half];
  const c: Point = [b[0] + nx * depthM, b[1] + ny * depthM];
  const d: Point = [a[0] + nx * depthM, a[1] + ny * depthM];
  // (t, n) orientation decides the winding; keep rings counter-clockwise (RFC 7946).
  const counterClockwise = tx * ny - ty * nx > 0;
  return counterClockwise ? [a, b, c, d, [a[0], a[1]]] : [a, d, c, b, [a[0], a[1]]];
}

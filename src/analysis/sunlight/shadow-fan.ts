/**
 * A tighter conservative cull than shadowBox (shadow-reach.ts) for one prism over a whole
 * sample table: the "fan" of convex polygons its shadow can fall in.
 *
 * Why it is safe: a prism of footprint F and lift L = H − h blocks a ray of sample k only from
 * points p = q + t·u_k with q ∈ F, t ∈ [0, L] and u_k = −d_k / tan(a_k) (see shadow-reach.ts).
 * The samples with the sun up are split, in time order, into groups; for a group g with
 * C_g = conv({0} ∪ {u_k : k ∈ g}), every such p of a sample of g lies in F ⊕ L·C_g, hence on
 * the inner side of every half-plane n·p ≤ h_F(n) + L·h_C(n) (h the support function). So a
 * point failing some half-plane of every group cannot be darkened on any sample. The normals
 * n are C_g's edge normals (any direction would be sound; those are the tight ones); support
 * values are maxima over every vertex, so a float-rounded hull costs tightness, not safety.
 * MARGIN_M covers the ray cast's float noise, as in shadow-reach.ts.
 *
 * One group (C = the hull of the whole day) leaves the wide lens between the shadow tips'
 * curve and its chord; a few groups follow the fan of the day's shadows much closer.
 */
import type { Point } from '../geometry/planar';
import { convexHull } from './prism';
import type { Prism, SampleTable } from './rays';

const MARGIN_M = 0.01;

/** Groups of samples per table: a handful follows the fan closely; each costs a few dot products per point. */
export const FAN_GROUPS = 4;

export interface ShadowFan {
  /** Group g's half-planes are [groupStart[g], groupStart[g + 1]). */
  groupStart: Int32Array;
  /** Unit normal of each half-plane. */
  normalsX: Float64Array;
  normalsY: Float64Array;
  /** h_C(n) of each half-plane: max(0, max_k n·u_k) over its group. */
  reach: Float64Array;
}

export function shadowFan(table: SampleTable, groups = FAN_GROUPS): ShadowFan {
  const up = table.samples
    .map((sample, k) => ({ sample, k }))
    .filter(({ sample }) => sample.up)
    .sort((a, b) => a.sample.minuteOfDay - b.sample.minuteOfDay);
  const starts: number[] = [0];
  const normalsX: number[] = [];
  const normalsY: number[] = [];
  const reach: number[] = [];
  const groupCount = Math.min(groups, up.length);
  for (let g = 0; g < groupCount; g++) {
    const members = up.slice(Math.floor((g * up.length) / groupCount), Math.floor(((g + 1) * up.length) / groupCount));
    const points: Point[] = [[0, 0], ...members.map(({ k }): Point => [-table.directionsX[k] / table.tanAltitudes[k], -table.directionsY[k] / table.tanAltitudes[k]])];
    for (const [nx, ny] of groupNormals(convexHull(points))) {
      let support = 0;
      for (const [x, y] of points) support = Math.max(support, nx * x + ny * y);
      normalsX.push(nx);
      normalsY.push(ny);
      reach.push(support);
    }
    starts.push(normalsX.length);
  }
  return { groupStart: Int32Array.from(starts), normalsX: Float64Array.from(normalsX), normalsY: Float64Array.from(normalsY), reach: Float64Array.from(reach) };
}

/** Outward unit normals of a counter-clockwise hull; for a segment (all u_k on one line), its four sides. */
function groupNormals(hull: Point[]): Point[] {
  const unit = (x: number, y: number): Point => {
    const length = Math.hypot(x, y);
    return [x / length, y / length];
  };
  if (hull.length === 2) {
    const [dx, dy] = unit(hull[1][0] - hull[0][0], hull[1][1] - hull[0][1]);
    return [[dx, dy], [-dx, -dy], [dy, -dx], [-dy, dx]];
  }
  return hull.map((a, i) => {
    const b = hull[(i + 1) % hull.length];
    return unit(b[1] - a[1], a[0] - b[0]);
  });
}

/**
 * The half-planes' bounds for one prism at sill height `sill`, into `bounds` (one per normal):
 * h_F(n) + lift·h_C(n) + margin, h_F over every vertex of the prism's rings. False when the
 * prism is lower than the sill (it blocks nothing).
 */
export function fanBounds(fan: ShadowFan, prism: Prism, sill: number, bounds: Float64Array): boolean {
  if (!(prism.heightM >= sill)) return false;
  const lift = prism.heightM - sill;
  const edges = prism.edges;
  const { normalsX, normalsY, reach } = fan;
  // No edge (a footprint of one repeated point): no ray can be blocked but by starting inside it; keep everything.
  if (edges.length === 0) {
    bounds.fill(Infinity, 0, normalsX.length);
    return true;
  }
  for (let i = 0; i < normalsX.length; i++) {
    const nx = normalsX[i];
    const ny = normalsY[i];
    let support = -Infinity;
    // Every edge's start: every ring vertex (edges of zero length only repeat a vertex).
    for (let e = 0; e < edges.length; e += 4) {
      const value = nx * edges[e] + ny * edges[e + 1];
      if (value > support) support = value;
    }
    bounds[i] = support + lift * reach[i] + MARGIN_M;
  }
  return true;
}

/** Whether (x, y) lies in some group's polygon: false means the prism darkens no sample there. */
export function fanHolds(fan: ShadowFan, bounds: Float64Array, x: number, y: number): boolean {
  const { groupStart, normalsX, normalsY } = fan;
  for (let g = 0; g + 1 < groupStart.length; g++) {
    let inside = true;
    for (let i = groupStart[g]; i < groupStart[g + 1]; i++) {
      if (normalsX[i] * x + normalsY[i] * y > bounds[i]) {
        inside = false;
        break;
      }
    }
    if (inside) return true;
  }
  return false;
}

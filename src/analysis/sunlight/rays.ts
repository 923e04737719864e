/**
 * Rays toward the sun against prisms (a footprint raised to a height), DESIGN §3.2/§3.6:
 * a ray leaving a point at height h toward the sun at altitude a is blocked by a prism of
 * height H if it enters the footprint at horizontal distance s with h + s·tan(a) ≤ H.
 *
 * Speed: for a point and a prism, only the samples whose azimuth falls inside the wedge the
 * prism's convex hull subtends can be blocked. Samples are kept sorted by azimuth, so the
 * wedge becomes one or two index ranges (sample-wedge.ts); each remaining sample is
 * decided exactly by casting the ray against the footprint's real edges.
 *
 * The hot loops read flat Float64Arrays (edges, hull) and allocate nothing: the elevator
 * analysis casts tens of millions of rays, and nested [x, y] arrays and returned objects cost
 * more in garbage collection than the arithmetic itself.
 */
import { hypot } from '../geometry/hypot';
import { type PlanarMultiPolygon, pointInMultiPolygon } from '../geometry/planar';
import type { Prism } from './prism';
import { azimuthBuckets, hullWedge, ranges, wedge, wedgeRanges } from './sample-wedge';
import type { SunSample } from './sun-position';

export type { Prism } from './prism';

export interface SampleTable {
  samples: SunSample[];
  /** Azimuths in radians [0, 2π), ascending. */
  sortedAzimuths: Float64Array;
  /** Search starts into sortedAzimuths by azimuth bucket (sample-wedge.ts). */
  azimuthBuckets: Int32Array;
  /** sortedAzimuths[i] belongs to samples[order[i]]. */
  order: Int32Array;
  /** Smallest tan(altitude) among samples with the sun up (Infinity when none is). */
  minimumTan: number;
  /**
   * samples[k].tanAltitude, directionX, directionY as typed arrays: the ray loop reads these
   * (reading them off the sample objects cost 4× the time and boxed a number per read).
   */
  tanAltitudes: Float64Array;
  directionsX: Float64Array;
  directionsY: Float64Array;
}

const TWO_PI = 2 * Math.PI;

export function buildSampleTable(samples: SunSample[]): SampleTable {
  const azimuthOf = (s: SunSample) => {
    const a = Math.atan2(s.directionX, s.directionY);
    return a < 0 ? a + TWO_PI : a;
  };
  const indices = samples.map((_, i) => i).sort((a, b) => azimuthOf(samples[a]) - azimuthOf(samples[b]));
  const sortedAzimuths = Float64Array.from(indices.map((i) => azimuthOf(samples[i])));
  let minimumTan = Infinity;
  for (const s of samples) if (s.up && s.tanAltitude < minimumTan) minimumTan = s.tanAltitude;
  return {
    samples,
    sortedAzimuths,
    azimuthBuckets: azimuthBuckets(sortedAzimuths),
    order: Int32Array.from(indices),
    minimumTan,
    tanAltitudes: Float64Array.from(samples, (s) => s.tanAltitude),
    directionsX: Float64Array.from(samples, (s) => s.directionX),
    directionsY: Float64Array.from(samples, (s) => s.directionY),
  };
}

export { convexHull, makePrism, refillPrism } from './prism';
export { hullWedgeOf, remainderTwoPi } from './sample-wedge';

/**
 * Whether the ray from (px, py, h) along (dx, dy), rising tanAltitude per metre, is blocked by
 * the prism's flat edges below `top`: rayEntryDistance's test h + s·tan ≤ H on its least s.
 * Any edge's s passing the test answers it (h + s·tan is monotone in s, under rounding too,
 * so the least s passes whenever some s does); returning a boolean instead of the distance
 * also spares a boxed double per call.
 */
export function rayBlocked(px: number, py: number, h: number, dx: number, dy: number, tanAltitude: number, top: number, edges: Float64Array): boolean {
  for (let i = 0; i < edges.length; i += 4) {
    const ex = edges[i + 2];
    const ey = edges[i + 3];
    const denominator = dx * ey - dy * ex;
    if (denominator === 0) continue;
    const ax = edges[i] - px;
    const ay = edges[i + 1] - py;
    const s = (ax * ey - ay * ex) / denominator;
    const t = (ax * dy - ay * dx) / denominator;
    if (s >= 0 && t >= 0 && t <= 1 && h + s * tanAltitude <= top) return true;
  }
  return false;
}

/** Least horizontal distance along direction (dx, dy) from p at which the ray meets the footprint; Infinity if never. */
export function rayEntryDistance(px: number, py: number, dx: number, dy: number, polygon: PlanarMultiPolygon): number {
  let best = Infinity;
  for (const part of polygon) {
    for (const ring of part) {
      const n = ring.length;
      for (let i = 0; i < n; i++) {
        const a = ring[i];
        const b = ring[(i + 1) % n];
        const ex = b[0] - a[0];
        const ey = b[1] - a[1];
        const denominator = dx * ey - dy * ex;
        if (denominator === 0) continue; // parallel: the neighbouring edges decide
        const ax = a[0] - px;
        const ay = a[1] - py;
        const s = (ax * ey - ay * ex) / denominator;
        const t = (ax * dy - ay * dx) / denominator;
        if (s >= 0 && t >= 0 && t <= 1 && s < best) best = s;
      }
    }
  }
  return best;
}

/**
 * Clears lit[offset + k] for every sample k the prism blocks for the point (x, y, h). Returns
 * how many samples it newly darkened. With `countOnly` it counts them and leaves `lit` alone.
 * `offset` lets many points share one flag buffer (sample count apart).
 */
export function shadeByPrism(x: number, y: number, h: number, prism: Prism, table: SampleTable, lit: Uint8Array, countOnly = false, offset = 0): number {
  const top = prism.heightM;
  if (!(top >= h)) return 0;
  // Distance from the point to the prism's box, inline (a call would box the double).
  const box = prism.bbox;
  const gapX = Math.max(0, box[0] - x, x - box[2]);
  const gapY = Math.max(0, box[1] - y, y - box[3]);
  // hypot(g, 0) is g exactly: most points lie beside the box, not off a corner.
  const nearest = gapX === 0 ? gapY : gapY === 0 ? gapX : hypot(gapX, gapY);
  if (h + nearest * table.minimumTan > top) return 0;
  const samples = table.samples;
  let darkened = 0;
  if (nearest === 0 && pointInMultiPolygon([x, y], prism.polygon)) {
    // The ray starts inside the footprint: s = 0, and h ≤ H blocks it.
    for (let k = offset; k < offset + samples.length; k++) {
      if (!lit[k]) continue;
      if (!countOnly) lit[k] = 0;
      darkened++;
    }
    return darkened;
  }
  const { tanAltitudes, directionsX, directionsY, order } = table;
  if (hullWedge(x, y, prism.hullXY)) wedgeRanges(table, wedge[0], wedge[1]);
  else wedgeRanges(table, 0, TWO_PI);
  for (let r = 0; r < 4; r += 2) {
    for (let i = ranges[r]; i < ranges[r + 1]; i++) {
      const k = order[i];
      if (!lit[offset + k]) continue;
      const tanAltitude = tanAltitudes[k];
      if (h + nearest * tanAltitude > top) continue;
      if (rayBlocked(x, y, h, directionsX[k], directionsY[k], tanAltitude, top, prism.edges)) {
        if (!countOnly) lit[offset + k] = 0;
        darkened++;
      }
    }
  }
  return darkened;
}

/** Lit flags (1 = sees the sun) of every sample for a point at height h among prisms. */
export function litSamples(x: number, y: number, h: number, prisms: Iterable<Prism>, table: SampleTable): Uint8Array {
  const lit = new Uint8Array(table.samples.length);
  for (let k = 0; k < lit.length; k++) lit[k] = table.samples[k].up ? 1 : 0;
  for (const prism of prisms) shadeByPrism(x, y, h, prism, table, lit);
  return lit;
}

export function countLit(lit: Uint8Array): number {
  let count = 0;
  for (let k = 0; k < lit.length; k++) count += lit[k];
  return count;
}

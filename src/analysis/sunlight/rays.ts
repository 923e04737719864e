/**
 * Rays toward the sun against prisms (a footprint raised to a height), DESIGN §3.2/§3.6:
 * a ray leaving a point at height h toward the sun at altitude a is blocked by a prism of
 * height H if it enters the footprint at horizontal distance s with h + s·tan(a) ≤ H.
 *
 * Speed: for a point and a prism, only the samples whose azimuth falls inside the wedge the
 * prism's convex hull subtends can be blocked. Samples are kept sorted by azimuth, so the
 * wedge becomes one or two index ranges found by binary search; each remaining sample is
 * decided exactly by casting the ray against the footprint's real edges.
 */
import { type BBox, type PlanarMultiPolygon, type Point, pointInMultiPolygon } from '../geometry/planar';
import type { SunSample } from './sun-position';

export interface Prism {
  polygon: PlanarMultiPolygon;
  bbox: BBox;
  heightM: number;
  /** Convex hull of the footprint, counter-clockwise, not closed. */
  hull: Point[];
}

export interface SampleTable {
  samples: SunSample[];
  /** Azimuths in radians [0, 2π), ascending. */
  sortedAzimuths: Float64Array;
  /** sortedAzimuths[i] belongs to samples[order[i]]. */
  order: Int32Array;
  /** Smallest tan(altitude) among samples with the sun up (Infinity when none is). */
  minimumTan: number;
}

const TWO_PI = 2 * Math.PI;
/** Reused buffer of sample indices (no allocation per point and prism). */
let scratch = new Int32Array(128);

export function buildSampleTable(samples: SunSample[]): SampleTable {
  const azimuthOf = (s: SunSample) => {
    const a = Math.atan2(s.directionX, s.directionY);
    return a < 0 ? a + TWO_PI : a;
  };
  const indices = samples.map((_, i) => i).sort((a, b) => azimuthOf(samples[a]) - azimuthOf(samples[b]));
  let minimumTan = Infinity;
  for (const s of samples) if (s.up && s.tanAltitude < minimumTan) minimumTan = s.tanAltitude;
  return {
    samples,
    sortedAzimuths: Float64Array.from(indices.map((i) => azimuthOf(samples[i]))),
    order: Int32Array.from(indices),
    minimumTan,
  };
}

import { convexHull } from '../geometry/hull';

export { convexHull };

export function makePrism(polygon: PlanarMultiPolygon, heightM: number): Prism {
  const vertices: Point[] = [];
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of polygon) {
    for (const p of part[0] ?? []) {
      vertices.push(p);
      if (p[0] < bbox[0]) bbox[0] = p[0];
      if (p[1] < bbox[1]) bbox[1] = p[1];
      if (p[0] > bbox[2]) bbox[2] = p[0];
      if (p[1] > bbox[3]) bbox[3] = p[1];
    }
  }
  return { polygon, bbox, heightM, hull: convexHull(vertices) };
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

/** First position in the ascending array whose value is ≥ `value`. */
function lowerBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sample indices whose azimuth lies in [start, start + width] (radians, mod 2π), into `out`; returns the count. */
function samplesInWedge(table: SampleTable, start: number, width: number, out: Int32Array): number {
  const azimuths = table.sortedAzimuths;
  let count = 0;
  if (width >= TWO_PI) {
    for (let i = 0; i < azimuths.length; i++) out[count++] = table.order[i];
    return count;
  }
  const lo = ((start % TWO_PI) + TWO_PI) % TWO_PI;
  const hi = lo + width;
  const firstEnd = Math.min(hi, TWO_PI);
  for (let i = lowerBound(azimuths, lo); i < azimuths.length && azimuths[i] <= firstEnd; i++) out[count++] = table.order[i];
  if (hi > TWO_PI) for (let i = 0; i < azimuths.length && azimuths[i] <= hi - TWO_PI; i++) out[count++] = table.order[i];
  return count;
}

/** The wedge of azimuths the hull subtends from p, or null when p lies in or on the hull (every direction may hit). */
function hullWedge(px: number, py: number, hull: Point[]): { start: number; width: number } | null {
  const n = hull.length;
  if (n < 3) return null;
  let inside = true;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    const a = hull[i];
    const b = hull[(i + 1) % n];
    if ((b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]) < 0) inside = false;
    cx += a[0];
    cy += a[1];
  }
  if (inside) return null;
  const base = Math.atan2(cx / n - px, cy / n - py);
  let low = Infinity;
  let high = -Infinity;
  for (const v of hull) {
    let a = Math.atan2(v[0] - px, v[1] - py) - base;
    if (a > Math.PI) a -= TWO_PI;
    if (a <= -Math.PI) a += TWO_PI;
    if (a < low) low = a;
    if (a > high) high = a;
  }
  // A hair wider than the hull: the exact ray cast decides the edge cases.
  return { start: base + low - 1e-9, width: high - low + 2e-9 };
}

function bboxPointDistance(box: BBox, x: number, y: number): number {
  const dx = Math.max(0, box[0] - x, x - box[2]);
  const dy = Math.max(0, box[1] - y, y - box[3]);
  return Math.hypot(dx, dy);
}

/**
 * Clears lit[k] for every sample k the prism blocks for the point (x, y, h). Returns how
 * many samples it newly darkened. With `countOnly` it counts them and leaves `lit` alone.
 */
export function shadeByPrism(x: number, y: number, h: number, prism: Prism, table: SampleTable, lit: Uint8Array, countOnly = false): number {
  const top = prism.heightM;
  if (!(top >= h)) return 0;
  const nearest = bboxPointDistance(prism.bbox, x, y);
  if (h + nearest * table.minimumTan > top) return 0;
  const samples = table.samples;
  let darkened = 0;
  if (nearest === 0 && pointInMultiPolygon([x, y], prism.polygon)) {
    // The ray starts inside the footprint: s = 0, and h ≤ H blocks it.
    for (let k = 0; k < lit.length; k++) {
      if (!lit[k]) continue;
      if (!countOnly) lit[k] = 0;
      darkened++;
    }
    return darkened;
  }
  const wedge = hullWedge(x, y, prism.hull);
  if (scratch.length < samples.length) scratch = new Int32Array(samples.length);
  const count = wedge ? samplesInWedge(table, wedge.start, wedge.width, scratch) : samplesInWedge(table, 0, TWO_PI, scratch);
  for (let j = 0; j < count; j++) {
    const k = scratch[j];
    if (!lit[k]) continue;
    const sample = samples[k];
    if (h + nearest * sample.tanAltitude > top) continue;
    const s = rayEntryDistance(x, y, sample.directionX, sample.directionY, prism.polygon);
    if (s !== Infinity && h + s * sample.tanAltitude <= top) {
      if (!countOnly) lit[k] = 0;
      darkened++;
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

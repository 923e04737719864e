/**
 * Rays toward the sun against prisms (a footprint raised to a height), DESIGN §3.2/§3.6:
 * a ray leaving a point at height h toward the sun at altitude a is blocked by a prism of
 * height H if it enters the footprint at horizontal distance s with h + s·tan(a) ≤ H.
 *
 * Speed: for a point and a prism, only the samples whose azimuth falls inside the wedge the
 * prism's convex hull subtends can be blocked. Samples are kept sorted by azimuth, so the
 * wedge becomes one or two index ranges found by binary search; each remaining sample is
 * decided exactly by casting the ray against the footprint's real edges.
 *
 * The hot loops read flat Float64Arrays (edges, hull) and allocate nothing: the elevator
 * analysis casts tens of millions of rays, and nested [x, y] arrays and returned objects cost
 * more in garbage collection than the arithmetic itself.
 */
import { hypot } from '../geometry/hypot';
import { type PlanarMultiPolygon, pointInMultiPolygon } from '../geometry/planar';
import type { Prism } from './prism';
import type { SunSample } from './sun-position';

export type { Prism } from './prism';

export interface SampleTable {
  samples: SunSample[];
  /** Azimuths in radians [0, 2π), ascending. */
  sortedAzimuths: Float64Array;
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
  let minimumTan = Infinity;
  for (const s of samples) if (s.up && s.tanAltitude < minimumTan) minimumTan = s.tanAltitude;
  return {
    samples,
    sortedAzimuths: Float64Array.from(indices.map((i) => azimuthOf(samples[i]))),
    order: Int32Array.from(indices),
    minimumTan,
    tanAltitudes: Float64Array.from(samples, (s) => s.tanAltitude),
    directionsX: Float64Array.from(samples, (s) => s.directionX),
    directionsY: Float64Array.from(samples, (s) => s.directionY),
  };
}

export { convexHull, makePrism, refillPrism } from './prism';

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

/** First position in the ascending array whose value is > `value`. */
function upperBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * v % TWO_PI, bit for bit, mostly without fmod (a C call, hot here): for |v| < TWO_PI it is v
 * itself, and for TWO_PI ≤ v < 2·TWO_PI it is v − TWO_PI, exact by Sterbenz's lemma.
 */
export function remainderTwoPi(v: number): number {
  if (v < TWO_PI && v > -TWO_PI) return v;
  if (v >= TWO_PI && v < 2 * TWO_PI) return v - TWO_PI;
  return v % TWO_PI;
}

/**
 * The last wedgeRanges's result: sortedAzimuths positions [from, to) of the wedge's samples,
 * as one or two ranges (from1, to1, from2, to2); a typed array so the hot path allocates nothing.
 */
const ranges = new Int32Array(4);

/**
 * The positions in table.sortedAzimuths (samples table.order[i]) whose azimuth lies in
 * [start, start + width] (radians, mod 2π), into `ranges`: up to 2π, then from 0 past the wrap.
 */
function wedgeRanges(table: SampleTable, start: number, width: number): void {
  const azimuths = table.sortedAzimuths;
  ranges[2] = ranges[3] = 0;
  if (width >= TWO_PI) {
    ranges[0] = 0;
    ranges[1] = azimuths.length;
    return;
  }
  const lo = remainderTwoPi(remainderTwoPi(start) + TWO_PI);
  const hi = lo + width;
  ranges[0] = lowerBound(azimuths, lo);
  // ≥ ranges[0] since lo ≤ hi: the ascending azimuths from ranges[0] up to min(hi, 2π).
  ranges[1] = upperBound(azimuths, Math.min(hi, TWO_PI));
  if (hi > TWO_PI) ranges[3] = upperBound(azimuths, hi - TWO_PI);
}

/**
 * The last hullWedge's result: start and width. A typed array, not two module variables or a
 * returned object, because storing a double there allocates nothing (hot path).
 */
const wedge = new Float64Array(2);

/**
 * The wedge of azimuths the hull (flat x, y pairs) subtends from p, into `wedge`; false when p lies in or on the hull (every direction may hit).
 */
function hullWedge(px: number, py: number, hull: Float64Array): boolean {
  const n = hull.length >> 1;
  if (n < 3) return false;
  let inside = true;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    const ax = hull[2 * i];
    const ay = hull[2 * i + 1];
    const j = i + 1 === n ? 0 : i + 1;
    if ((hull[2 * j] - ax) * (py - ay) - (hull[2 * j + 1] - ay) * (px - ax) < 0) inside = false;
    cx += ax;
    cy += ay;
  }
  if (inside) return false;
  const base = Math.atan2(cx / n - px, cy / n - py);
  // The extreme vertices by cross products, then atan2 for them only: as p is outside, every
  // direction v − p lies within less than π of the others, where the cross product's sign is
  // the azimuth order (> 0: counter-clockwise, i.e. a smaller azimuth).
  let lowVertex = 0;
  let highVertex = 0;
  for (let i = 1; i < n; i++) {
    const wx = hull[2 * i] - px;
    const wy = hull[2 * i + 1] - py;
    if ((hull[2 * lowVertex] - px) * wy - (hull[2 * lowVertex + 1] - py) * wx > 0) lowVertex = i;
    if ((hull[2 * highVertex] - px) * wy - (hull[2 * highVertex + 1] - py) * wx < 0) highVertex = i;
  }
  // The same low and high as the minimum and maximum of every vertex's angle: a vertex not
  // clearly (by 1e-12 rad, far above atan2's and the cross product's rounding) on the inner
  // side of the extreme one gets its angle compared too.
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < n; i++) {
    const wx = hull[2 * i] - px;
    const wy = hull[2 * i + 1] - py;
    if (i !== lowVertex && i !== highVertex && clearlyInside(hull, lowVertex, highVertex, px, py, wx, wy)) continue;
    let a = Math.atan2(wx, wy) - base;
    if (a > Math.PI) a -= TWO_PI;
    if (a <= -Math.PI) a += TWO_PI;
    if (a < low) low = a;
    if (a > high) high = a;
  }
  // A hair wider than the hull: the exact ray cast decides the edge cases.
  wedge[0] = base + low - 1e-9;
  wedge[1] = high - low + 2e-9;
  return true;
}

/** hullWedge's [start, width], or null inside the hull: for tests (it allocates). */
export function hullWedgeOf(px: number, py: number, hull: Float64Array): [number, number] | null {
  return hullWedge(px, py, hull) ? [wedge[0], wedge[1]] : null;
}

/** Whether direction w is clockwise of the low vertex's and counter-clockwise of the high one's, both by more than 1e-12 rad. */
function clearlyInside(hull: Float64Array, lowVertex: number, highVertex: number, px: number, py: number, wx: number, wy: number): boolean {
  const lx = hull[2 * lowVertex] - px;
  const ly = hull[2 * lowVertex + 1] - py;
  const hx = hull[2 * highVertex] - px;
  const hy = hull[2 * highVertex + 1] - py;
  const toLow = lx * wy - ly * wx;
  const toHigh = hx * wy - hy * wx;
  const w2 = wx * wx + wy * wy;
  return toLow < 0 && toLow * toLow > 1e-24 * (lx * lx + ly * ly) * w2 && toHigh > 0 && toHigh * toHigh > 1e-24 * (hx * hx + hy * hy) * w2;
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

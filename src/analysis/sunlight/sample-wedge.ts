/**
 * Which samples a prism can block from a point, by azimuth alone (rays.ts): the wedge its
 * convex hull subtends from the point, and the one or two runs of the azimuth-sorted samples
 * inside it. Everything here only narrows the samples cast; the exact ray cast decides.
 *
 * Results go to module typed arrays (`wedge`, `ranges`), not returned arrays or objects: this
 * runs once per point and prism, ~700k times per elevator run, and must allocate nothing.
 */
import type { SampleTable } from './rays';

const TWO_PI = 2 * Math.PI;

/** Buckets of the azimuth index: fine enough that a search scans about one sample. */
const BUCKETS = 512;
const BUCKET_WIDTH = TWO_PI / BUCKETS;

/**
 * bucketStarts[b]: the first position whose azimuth is ≥ b × BUCKET_WIDTH. A search for v
 * starts at bucket ⌊v / width⌋ − 1 (one lower, so that float rounding of the division can
 * never start it past the answer: every azimuth before that start is < (b − 1) × width ≤ v)
 * and scans forward: the same position as a binary search, in a step or two.
 */
export function azimuthBuckets(sortedAzimuths: Float64Array): Int32Array {
  const starts = new Int32Array(BUCKETS);
  let i = 0;
  for (let b = 0; b < BUCKETS; b++) {
    while (i < sortedAzimuths.length && sortedAzimuths[i] < b * BUCKET_WIDTH) i++;
    starts[b] = i;
  }
  return starts;
}

/** Where a search for `value` may start (see azimuthBuckets). */
function searchStart(buckets: Int32Array, value: number): number {
  let b = ((value / BUCKET_WIDTH) | 0) - 1;
  if (b < 0) b = 0;
  if (b > BUCKETS - 1) b = BUCKETS - 1;
  return buckets[b];
}

/** First position in the ascending azimuths whose value is ≥ `value`. */
function lowerBound(table: SampleTable, value: number): number {
  const azimuths = table.sortedAzimuths;
  let i = searchStart(table.azimuthBuckets, value);
  while (i < azimuths.length && azimuths[i] < value) i++;
  return i;
}

/** First position in the ascending azimuths whose value is > `value`. */
function upperBound(table: SampleTable, value: number): number {
  const azimuths = table.sortedAzimuths;
  let i = searchStart(table.azimuthBuckets, value);
  while (i < azimuths.length && azimuths[i] <= value) i++;
  return i;
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
export const ranges = new Int32Array(4);

/**
 * The positions in table.sortedAzimuths (samples table.order[i]) whose azimuth lies in
 * [start, start + width] (radians, mod 2π), into `ranges`: up to 2π, then from 0 past the wrap.
 */
export function wedgeRanges(table: SampleTable, start: number, width: number): void {
  const azimuths = table.sortedAzimuths;
  ranges[2] = ranges[3] = 0;
  if (width >= TWO_PI) {
    ranges[0] = 0;
    ranges[1] = azimuths.length;
    return;
  }
  const lo = remainderTwoPi(remainderTwoPi(start) + TWO_PI);
  const hi = lo + width;
  ranges[0] = lowerBound(table, lo);
  // ≥ ranges[0] since lo ≤ hi: the ascending azimuths from ranges[0] up to min(hi, 2π).
  ranges[1] = upperBound(table, Math.min(hi, TWO_PI));
  if (hi > TWO_PI) ranges[3] = upperBound(table, hi - TWO_PI);
}

/**
 * The last hullWedge's result: start and width. A typed array, not two module variables or a
 * returned object, because storing a double there allocates nothing (hot path).
 */
export const wedge = new Float64Array(2);

/**
 * The wedge of azimuths the hull (flat x, y pairs) subtends from p, into `wedge`; false when p lies in or on the hull (every direction may hit).
 */
export function hullWedge(px: number, py: number, hull: Float64Array): boolean {
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

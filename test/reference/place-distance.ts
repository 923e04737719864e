/**
 * Reference of DESIGN §3.6's attachment and network distance, on a RefNetwork
 * (walking-network.ts). Written from the text; no sampling.
 *
 * Distances are exact point–segment / segment–segment minima; a polygon is an area (0 inside,
 * holes excluded). A place attaches when its least distance D to the network is ≤ 500 m, at
 * every network point x with d(x) ≤ D + 0.01. On an edge γ(s) = a + s·u, s ∈ [0, L], that set
 * is {s : d(γ(s)) ≤ r}. For a polygon d = min(0 on the parts of the edge inside, min over
 * boundary edges e of dist(γ(s), e)); each dist(γ(s), e) is convex in s (distance to a convex
 * set along a line), so {s : dist(γ(s), e) ≤ r} is one interval, found by golden-section search
 * for its minimum and bisection for its two ends (to double precision). The set's boundary
 * lies among those ends and the parameters where γ meets the boundary, so between consecutive
 * such breakpoints membership is constant: each piece is kept when its midpoint is in the set.
 *
 * Why a few points suffice (d is 1-Lipschitz along an edge, since |γ(s) − γ(s')| = |s − s'|):
 * - To leave an edge by its start, a place pays min over attached s of d(s) + s; d(s) + s is
 *   nondecreasing, so the least is at the smallest attached s (the start of its first stretch);
 *   by its end, d(s) + (L − s) is nonincreasing: the end of its last stretch.
 * - Two places on one edge meeting without a node: min over s ∈ I_A, t ∈ I_B of
 *   dA(s) + |s − t| + dB(t). For s < t, raising s (within its stretch, up to t) and lowering t
 *   (within its stretch, down to s) never costs more, so the least is at the facing ends of
 *   two disjoint stretches, or at some x in an overlap J with cost dA(x) + dB(x). There d is a
 *   minimum of convex pieces (one per boundary edge, and "0 on an inside stretch K, +∞ off it"),
 *   so min over J of dA + dB = min over pairs of pieces of a convex 1-D minimum (golden section).
 *   For a point facility and a community with a constant distance on J this is the projection
 *   of the point onto the road, clamped to J, or an end of J.
 */
import { dijkstra, type RefNetwork, type XY } from './walking-network';

export type Place = { kind: 'point'; p: XY } | { kind: 'polygon'; polygons: XY[][][] };

export const ATTACH_MAX_M = 500;
export const ATTACH_SLACK_M = 0.01;

export function pointSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const squared = dx * dx + dy * dy;
  const t = squared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / squared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

const cross = (a: XY, b: XY, c: XY) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
const within = (a: XY, b: XY, c: XY) => Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);

/** Closed segments ab and cd share a point. */
export function segmentsMeet(a: XY, b: XY, c: XY, d: XY): boolean {
  const [o1, o2, o3, o4] = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)];
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  return (o1 === 0 && within(a, b, c)) || (o2 === 0 && within(a, b, d)) || (o3 === 0 && within(c, d, a)) || (o4 === 0 && within(c, d, b));
}

export function segmentSegment(a: XY, b: XY, c: XY, d: XY): number {
  if (segmentsMeet(a, b, c, d)) return 0;
  return Math.min(pointSegment(a, c, d), pointSegment(b, c, d), pointSegment(c, a, b), pointSegment(d, a, b));
}

const boundaries = new WeakMap<Place, [XY, XY][]>();

/** Boundary edges of a polygon place (rings closed implicitly). */
export function boundary(place: Place): [XY, XY][] {
  if (place.kind === 'point') return [];
  const known = boundaries.get(place);
  if (known) return known;
  const edges: [XY, XY][] = [];
  boundaries.set(place, edges);
  for (const polygon of place.polygons) {
    for (const ring of polygon) {
      const closed = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
      const points = closed ? ring.slice(0, -1) : ring;
      for (let i = 0; i < points.length; i++) edges.push([points[i], points[(i + 1) % points.length]]);
    }
  }
  return edges;
}

function inRing(p: XY, ring: XY[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function insidePlace(place: Place, p: XY): boolean {
  if (place.kind === 'point') return false;
  return place.polygons.some((polygon) => polygon.length > 0 && inRing(p, polygon[0]) && !polygon.slice(1).some((hole) => inRing(p, hole)));
}

export function placePoint(place: Place, p: XY): number {
  if (place.kind === 'point') return Math.hypot(p[0] - place.p[0], p[1] - place.p[1]);
  if (insidePlace(place, p)) return 0;
  return Math.min(...boundary(place).map(([c, d]) => pointSegment(p, c, d)));
}

export function placeSegment(place: Place, a: XY, b: XY): number {
  if (place.kind === 'point') return pointSegment(place.p, a, b);
  if (insidePlace(place, a)) return 0;
  return Math.min(...boundary(place).map(([c, d]) => segmentSegment(a, b, c, d)));
}

/** Least distance between two places (§3: 0 where they touch or overlap). */
export function placePlace(first: Place, second: Place): number {
  if (first.kind === 'point') return placePoint(second, first.p);
  if (second.kind === 'point') return placePoint(first, second.p);
  const someVertexInside = (inner: Place, outer: Place) => inner.kind === 'polygon' && inner.polygons.some((polygon) => insidePlace(outer, polygon[0][0]));
  if (someVertexInside(first, second) || someVertexInside(second, first)) return 0;
  let best = Infinity;
  for (const [a, b] of boundary(first)) for (const [c, d] of boundary(second)) best = Math.min(best, segmentSegment(a, b, c, d));
  return best;
}

const at = (a: XY, b: XY, s: number, length: number): XY => (length === 0 ? a : [a[0] + ((b[0] - a[0]) * s) / length, a[1] + ((b[1] - a[1]) * s) / length]);

/** Least of a convex f on [lo, hi] (golden section to double precision) and where. */
export function convexMin(f: (s: number) => number, lo: number, hi: number): { s: number; value: number } {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let best = f(lo) <= f(hi) ? { s: lo, value: f(lo) } : { s: hi, value: f(hi) };
  for (let i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, Math.abs(hi)); i++) {
    const m1 = hi - ratio * (hi - lo);
    const m2 = lo + ratio * (hi - lo);
    const f1 = f(m1);
    const f2 = f(m2);
    if (f1 < best.value) best = { s: m1, value: f1 };
    if (f2 < best.value) best = { s: m2, value: f2 };
    if (f1 <= f2) hi = m2;
    else lo = m1;
  }
  return best;
}

/** {s ∈ [0, L] : f(s) ≤ r} for a convex f: one interval or null. */
function convexSublevel(f: (s: number) => number, L: number, r: number): [number, number] | null {
  const { s, value } = convexMin(f, 0, L);
  if (value > r) return null;
  const edge = (outside: number, insideAt: number) => {
    if (f(outside) <= r) return outside;
    let out = outside;
    let inn = insideAt;
    for (let i = 0; i < 200 && out !== inn; i++) {
      const mid = (out + inn) / 2;
      if (mid === out || mid === inn) break;
      if (f(mid) <= r) inn = mid;
      else out = mid;
    }
    return inn;
  };
  return [edge(0, s), edge(L, s)];
}

/** Parameters s ∈ [0, L] where segment ab meets the polygon's boundary (collinear overlaps by their ends). */
function boundaryCrossings(place: Place, a: XY, b: XY, L: number): number[] {
  const out: number[] = [];
  const param = (p: XY) => ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / L;
  for (const [c, d] of boundary(place)) {
    if (!segmentsMeet(a, b, c, d)) continue;
    const denominator = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
    if (denominator !== 0) {
      out.push((((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / denominator) * L);
    } else {
      for (const p of [a, b, c, d]) if (cross(a, b, p) === 0 && within(a, b, p) && within(c, d, p)) out.push(param(p));
    }
  }
  return out.map((s) => Math.max(0, Math.min(L, s)));
}

/** Convex pieces of d along an edge: d(s) = min over pieces (a piece is +∞ off its domain). */
export function convexPieces(place: Place, a: XY, b: XY, L: number): { f: (s: number) => number; domain: [number, number] }[] {
  if (place.kind === 'point') {
    const p = place.p;
    return [{ f: (s) => Math.hypot(at(a, b, s, L)[0] - p[0], at(a, b, s, L)[1] - p[1]), domain: [0, L] }];
  }
  const pieces: { f: (s: number) => number; domain: [number, number] }[] = boundary(place).map(([c, d]) => ({ f: (s: number) => pointSegment(at(a, b, s, L), c, d), domain: [0, L] }));
  for (const stretch of insideStretches(place, a, b, L)) pieces.push({ f: () => 0, domain: stretch });
  return pieces;
}

/** Stretches of the edge lying inside the polygon. */
function insideStretches(place: Place, a: XY, b: XY, L: number): [number, number][] {
  if (place.kind === 'point' || L === 0) return [];
  const cuts = [...new Set([0, L, ...boundaryCrossings(place, a, b, L)])].sort((x, y) => x - y);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (insidePlace(place, at(a, b, (cuts[i] + cuts[i + 1]) / 2, L))) out.push([cuts[i], cuts[i + 1]]);
  return out;
}

/** {s ∈ [0, L] : d(a + s·u) ≤ r}, as sorted disjoint closed intervals. */
export function attachedStretches(place: Place, a: XY, b: XY, r: number): [number, number][] {
  const L = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const d = (s: number) => placePoint(place, at(a, b, s, L));
  if (L === 0) return d(0) <= r ? [[0, 0]] : [];
  const breaks = [0, L];
  for (const piece of convexPieces(place, a, b, L)) {
    if (piece.domain[0] !== 0 || piece.domain[1] !== L) continue; // inside stretches: their ends are crossings
    const range = convexSublevel(piece.f, L, r);
    if (range) breaks.push(...range);
  }
  if (place.kind === 'polygon') breaks.push(...boundaryCrossings(place, a, b, L));
  const cuts = [...new Set(breaks)].sort((x, y) => x - y);
  const out: [number, number][] = [];
  const add = (lo: number, hi: number) => {
    const last = out[out.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  };
  for (let i = 0; i < cuts.length; i++) {
    if (d(cuts[i]) <= r) add(cuts[i], cuts[i]);
    if (i + 1 < cuts.length && d((cuts[i] + cuts[i + 1]) / 2) <= r) add(cuts[i], cuts[i + 1]);
  }
  return out;
}

export interface RefAttachment {
  place: Place;
  least: number;
  /** edge → attached stretches (offsets from the edge's a end). */
  stretches: Map<number, [number, number][]>;
  /** node → least cost from the place to it along its own edge. */
  seeds: Map<number, number>;
}

export function referenceAttach(network: RefNetwork, place: Place): RefAttachment | null {
  const least = Math.min(Infinity, ...network.edges.map((e) => placeSegment(place, e.a, e.b)));
  if (!(least <= ATTACH_MAX_M)) return null;
  const r = least + ATTACH_SLACK_M;
  const stretches = new Map<number, [number, number][]>();
  const seeds = new Map<number, number>();
  const offer = (node: number, cost: number) => seeds.set(node, Math.min(cost, seeds.get(node) ?? Infinity));
  network.edges.forEach((e, i) => {
    if (placeSegment(place, e.a, e.b) > r) return;
    const list = attachedStretches(place, e.a, e.b, r);
    if (list.length === 0) return;
    stretches.set(i, list);
    for (const [lo, hi] of list) {
      offer(e.u, placePoint(place, at(e.a, e.b, lo, e.length)) + lo);
      offer(e.v, placePoint(place, at(e.a, e.b, hi, e.length)) + (e.length - hi));
    }
  });
  return { place, least, stretches, seeds };
}

/** Least dA + dB over x in [lo, hi] of one edge: min over pairs of convex pieces. */
function overlapMin(network: RefNetwork, edge: number, A: Place, B: Place, lo: number, hi: number): number {
  const e = network.edges[edge];
  let best = Infinity;
  for (const p of convexPieces(A, e.a, e.b, e.length)) {
    for (const q of convexPieces(B, e.a, e.b, e.length)) {
      const from = Math.max(lo, p.domain[0], q.domain[0]);
      const to = Math.min(hi, p.domain[1], q.domain[1]);
      if (from <= to) best = Math.min(best, convexMin((s) => p.f(s) + q.f(s), from, to).value);
    }
  }
  return best;
}

/** Network distance between two attached places (§3.6); Infinity when unattached or apart. */
export function referenceDistance(network: RefNetwork, A: RefAttachment | null, B: RefAttachment | null): number {
  return referenceDistances(network, A, [B])[0];
}

/** Network distances from one place to several (one Dijkstra). */
export function referenceDistances(network: RefNetwork, A: RefAttachment | null, targets: (RefAttachment | null)[]): number[] {
  if (!A) return targets.map(() => Infinity);
  const fromA = dijkstra(network, A.seeds);
  return targets.map((B) => (B ? pairDistance(network, fromA, A, B) : Infinity));
}

function pairDistance(network: RefNetwork, fromA: number[], A: RefAttachment, B: RefAttachment): number {
  let best = Infinity;
  for (const [node, cost] of B.seeds) best = Math.min(best, fromA[node] + cost);
  for (const [edge, listA] of A.stretches) {
    const listB = B.stretches.get(edge);
    if (!listB) continue;
    const e = network.edges[edge];
    const dA = (s: number) => placePoint(A.place, at(e.a, e.b, s, e.length));
    const dB = (s: number) => placePoint(B.place, at(e.a, e.b, s, e.length));
    for (const [a0, a1] of listA) {
      for (const [b0, b1] of listB) {
        if (a1 < b0) best = Math.min(best, dA(a1) + (b0 - a1) + dB(b0));
        else if (b1 < a0) best = Math.min(best, dB(b1) + (a0 - b1) + dA(a0));
        else best = Math.min(best, overlapMin(network, edge, A.place, B.place, Math.max(a0, b0), Math.min(a1, b1)));
      }
    }
  }
  return best;
}

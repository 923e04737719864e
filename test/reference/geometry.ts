/**
 * Reference geometry for the differential tests (DESIGN §3, §3.6 "General"), written from
 * DESIGN.md alone and deliberately naive: proj4 for the local transverse Mercator, plain
 * loops for areas, distances and intersection areas (Green's theorem on the overlap's
 * boundary), convex clipping for the protected buffers; turf only to test points in
 * polygons. Imports nothing from src/analysis.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import proj4 from 'proj4';

export type XY = [number, number];
/** Planar polygons: polygon → rings (outer first) → points; rings closed. */
export type Polys = XY[][][];
export type Shape = { kind: 'point'; p: XY } | { kind: 'polygon'; polys: Polys } | { kind: 'other' };

export type AnyLayers = Record<string, FeatureCollection | undefined>;

/** Lon/lat bounding-box centre of every coordinate of every layer given (§3.6 General). */
export function bboxCentre(layers: AnyLayers): XY {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
      return;
    }
    for (const child of c) walk(child);
  };
  for (const collection of Object.values(layers)) for (const f of collection?.features ?? []) walk((f.geometry as { coordinates?: unknown } | null)?.coordinates);
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

/** The §3 projection: +proj=tmerc centred on `centre`, GRS80, metres. */
export function tmerc(centre: XY): { forward(p: Position): XY; inverse(p: XY): XY } {
  const definition = `+proj=tmerc +lat_0=${centre[1]} +lon_0=${centre[0]} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m`;
  const converter = proj4('EPSG:4326', definition);
  return { forward: (p) => converter.forward([p[0], p[1]]) as XY, inverse: (p) => converter.inverse([p[0], p[1]]) as XY };
}

export function projectGeometry(geometry: Geometry | null | undefined, forward: (p: Position) => XY): Shape {
  if (!geometry) return { kind: 'other' };
  if (geometry.type === 'Point') return { kind: 'point', p: forward(geometry.coordinates) };
  if (geometry.type === 'Polygon') return { kind: 'polygon', polys: [geometry.coordinates.map((r) => r.map(forward))] };
  if (geometry.type === 'MultiPolygon') return { kind: 'polygon', polys: geometry.coordinates.map((poly) => poly.map((r) => r.map(forward))) };
  return { kind: 'other' };
}

const ringArea = (ring: XY[]) => {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) twice += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(twice) / 2;
};

/** Shoelace area: outer rings minus holes. */
export const polysArea = (polys: Polys) => polys.reduce((sum, poly) => sum + poly.reduce((a, ring, i) => a + (i === 0 ? 1 : -1) * ringArea(ring), 0), 0);

const asFeature = (polys: Polys): Feature<MultiPolygon> => turf.multiPolygon(polys as Position[][][]);

/**
 * Area of a ∩ b by Green's theorem on the boundary of the intersection, with no overlay
 * library: the pieces of a's edges inside b and of b's edges inside a (edges split wherever
 * the other boundary crosses or touches them). A piece lying on the other boundary (within
 * ON_EDGE_M) counts once when both interiors are on the same side, never when they face.
 */
export function intersectionArea(a: Polys, b: Polys): number {
  const ea = orientedEdges(a), eb = orientedEdges(b);
  let twice = 0;
  for (const [p, q] of ea) for (const [s, t] of pieces(p, q, eb)) {
    const side = sideOf(s, t, b, eb);
    if (side === 'inside' || side === 'same') twice += s[0] * t[1] - t[0] * s[1];
  }
  for (const [p, q] of eb) for (const [s, t] of pieces(p, q, ea)) {
    if (sideOf(s, t, a, ea) === 'inside') twice += s[0] * t[1] - t[0] * s[1];
  }
  return Math.max(0, twice / 2);
}

/** Distance under which a point counts as lying on an edge (float noise of the lon/lat round trip is ~1e-10 m). */
const ON_EDGE_M = 1e-8;

function signedRingArea(ring: XY[]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) twice += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return twice / 2;
}

/** Edges with the interior on the left: outer rings counter-clockwise, holes clockwise. */
function orientedEdges(polys: Polys): [XY, XY][] {
  return polys.flatMap((poly) => poly.flatMap((ring, i) => {
    const ccw = signedRingArea(ring) > 0;
    const r = ccw === (i === 0) ? ring : [...ring].reverse();
    return r.slice(1).map((q, k): [XY, XY] => [r[k], q]).filter(([p, q]) => p[0] !== q[0] || p[1] !== q[1]);
  }));
}

/** Edge p→q cut wherever one of `others` crosses it or has a vertex on it. */
function pieces(p: XY, q: XY, others: [XY, XY][]): [XY, XY][] {
  const dx = q[0] - p[0], dy = q[1] - p[1];
  const len2 = dx * dx + dy * dy;
  const ts = [0, 1];
  const along = (r: XY) => ((r[0] - p[0]) * dx + (r[1] - p[1]) * dy) / len2;
  for (const [r, s] of others) {
    for (const v of [r, s]) if (pointSegment(v, p, q) <= ON_EDGE_M) ts.push(along(v));
    const denominator = dx * (s[1] - r[1]) - dy * (s[0] - r[0]);
    if (denominator === 0) continue;
    const t = ((r[0] - p[0]) * (s[1] - r[1]) - (r[1] - p[1]) * (s[0] - r[0])) / denominator;
    const u = ((r[0] - p[0]) * dy - (r[1] - p[1]) * dx) / denominator;
    if (t > 0 && t < 1 && u >= 0 && u <= 1) ts.push(t);
  }
  const sorted = [...new Set(ts.map((t) => Math.min(1, Math.max(0, t))))].sort((x, y) => x - y);
  const at = (t: number): XY => (t === 0 ? p : t === 1 ? q : [p[0] + t * dx, p[1] + t * dy]);
  return sorted.slice(1).map((t, i): [XY, XY] => [at(sorted[i]), at(t)]).filter(([s, t]) => Math.hypot(t[0] - s[0], t[1] - s[1]) > 0);
}

/** Where piece s→t lies with respect to region `polys`: inside, outside, or along its boundary with the same or the facing interior. */
function sideOf(s: XY, t: XY, polys: Polys, edgesOf: [XY, XY][]): 'inside' | 'outside' | 'same' | 'facing' {
  const m: XY = [(s[0] + t[0]) / 2, (s[1] + t[1]) / 2];
  const length = Math.hypot(t[0] - s[0], t[1] - s[1]);
  for (const [p, q] of edgesOf) {
    if (pointSegment(m, p, q) > ON_EDGE_M) continue;
    const el = Math.hypot(q[0] - p[0], q[1] - p[1]);
    const dot = ((t[0] - s[0]) * (q[0] - p[0]) + (t[1] - s[1]) * (q[1] - p[1])) / (length * el);
    if (dot > 1 - 1e-9) return 'same';
    if (dot < -1 + 1e-9) return 'facing';
  }
  return evenOdd(m, polys) ? 'inside' : 'outside';
}

/** Ray casting over every ring (holes and parts included). */
function evenOdd(m: XY, polys: Polys): boolean {
  let inside = false;
  for (const poly of polys) for (const ring of poly) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i], [x2, y2] = ring[i + 1];
      if ((y1 > m[1]) !== (y2 > m[1]) && m[0] < x1 + ((m[1] - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
    }
  }
  return inside;
}

export function pointInPolys(p: XY, polys: Polys): boolean {
  return turf.booleanPointInPolygon(turf.point(p), asFeature(polys));
}

const edges = (shape: Shape): [XY, XY][] =>
  shape.kind !== 'polygon' ? [] : shape.polys.flatMap((poly) => poly.flatMap((ring) => ring.slice(1).map((q, i): [XY, XY] => [ring[i], q])));

const cross = (o: XY, a: XY, b: XY) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
const onSegment = (p: XY, a: XY, b: XY) => Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);

function segmentsMeet(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && onSegment(a, c, d)) || (d2 === 0 && onSegment(b, c, d)) || (d3 === 0 && onSegment(c, a, b)) || (d4 === 0 && onSegment(d, a, b));
}

function pointSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Minimum planar distance between two shapes; 0 where they touch or overlap (§3). */
export function distance(a: Shape, b: Shape): number {
  if (a.kind === 'other' || b.kind === 'other') return NaN;
  if (a.kind === 'point' && b.kind === 'point') return Math.hypot(a.p[0] - b.p[0], a.p[1] - b.p[1]);
  if (a.kind === 'point' || b.kind === 'point') {
    const [p, poly] = a.kind === 'point' ? [a.p, b] : [(b as { p: XY }).p, a];
    if (pointInPolys(p, (poly as { polys: Polys }).polys)) return 0;
    return Math.min(...edges(poly).map(([s, t]) => pointSegment(p, s, t)));
  }
  const ea = edges(a), eb = edges(b);
  for (const [p, q] of ea) for (const [r, s] of eb) if (segmentsMeet(p, q, r, s)) return 0;
  if (a.polys.some((poly) => pointInPolys(poly[0][0], b.polys)) || b.polys.some((poly) => pointInPolys(poly[0][0], a.polys))) return 0;
  let best = Infinity;
  for (const [p, q] of ea) for (const [r, s] of eb) best = Math.min(best, pointSegment(p, r, s), pointSegment(q, r, s), pointSegment(r, p, q), pointSegment(s, p, q));
  return best;
}

/** A circle as an open 4·perQuarter-gon, vertex 0 at angle 0, at `radius` from the centre. */
export function circle(c: XY, radius: number, perQuarter: number): XY[] {
  const n = 4 * perQuarter;
  const ring: XY[] = [];
  for (let i = 0; i < n; i++) ring.push([c[0] + radius * Math.cos((2 * Math.PI * i) / n), c[1] + radius * Math.sin((2 * Math.PI * i) / n)]);
  return ring;
}

/** Convex hull (monotone chain), open and counter-clockwise. */
export function convexHull(points: XY[]): XY[] {
  const sorted = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const half = (list: XY[]) => {
    const out: XY[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2], out[out.length - 1], p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

const isConvex = (ring: XY[]) => {
  let sign = 0;
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) {
    const turn = cross(ring[i], ring[(i + 1) % n], ring[(i + 2) % n]);
    if (turn === 0) continue;
    if (sign === 0) sign = Math.sign(turn);
    else if (Math.sign(turn) !== sign) return false;
  }
  return true;
};

/**
 * A protected object's buffer (the points within r of it) as convex rings, open and counter-
 * clockwise, one per point or polygon part. The buffer of a convex part is the convex hull of
 * the discs at its vertices; each disc is drawn as a 4·perQuarter-gon whose radius is r × scale:
 * scale 1 puts its vertices on the circle (the drawing lies inside the true buffer),
 * 1/cos(π/(4·perQuarter)) puts its edges on the circle (the drawing contains the true buffer).
 * Non-convex parts and holes are outside this reference (its scenes have none).
 */
export function convexBuffer(shape: Shape, r: number, perQuarter: number, scale: number): XY[][] {
  if (shape.kind === 'point') return r > 0 ? [circle(shape.p, r * scale, perQuarter)] : [];
  if (shape.kind !== 'polygon') return [];
  return shape.polys.map((poly) => {
    if (poly.length > 1 || !isConvex(poly[0])) throw new Error('reference: only convex protected polygons without holes');
    const vertices = poly[0].slice(0, -1);
    return r > 0 ? convexHull(vertices.flatMap((v) => circle(v, r * scale, perQuarter))) : convexHull(vertices);
  });
}

/** Sutherland–Hodgman: the part of `subject` (open ring) inside the convex counter-clockwise `window`; for a non-convex subject the shoelace area is still that of the intersection. */
function clipConvex(subject: XY[], window: XY[]): XY[] {
  let output = subject;
  for (let i = 0; i < window.length && output.length > 0; i++) {
    const a = window[i], b = window[(i + 1) % window.length];
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j], q = input[(j + 1) % input.length];
      const sp = cross(a, b, p), sq = cross(a, b, q);
      if (sp >= 0) output.push(p);
      if ((sp >= 0) !== (sq >= 0)) output.push([p[0] + (sp / (sp - sq)) * (q[0] - p[0]), p[1] + (sp / (sp - sq)) * (q[1] - p[1])]);
    }
  }
  return output;
}

const openArea = (ring: XY[]) => Math.abs(signedRingArea([...ring, ring[0]]));

/**
 * Area of `a` minus the union of convex `cutters`, by inclusion–exclusion over the cutters:
 * Σ over non-empty sets S of (−1)^{|S|+1} · area(a ∩ ⋂S), each intersection clipped ring by
 * ring (holes subtracted), sets grown only while their intersection is not empty.
 */
export function differenceArea(a: Polys, cutters: XY[][]): number {
  let cut = 0;
  for (const poly of a) poly.forEach((ring, r) => {
    const sign = r === 0 ? 1 : -1;
    const visit = (start: number, region: XY[], size: number) => {
      for (let i = start; i < cutters.length; i++) {
        const next = clipConvex(region, cutters[i]);
        if (next.length < 3) continue;
        const area = openArea(next);
        if (area === 0) continue;
        cut += sign * (size % 2 === 1 ? area : -area);
        visit(i + 1, next, size + 1);
      }
    };
    visit(0, ring.slice(0, -1), 1);
  });
  return polysArea(a) - cut;
}

/**
 * Candidate parcels for parking (DESIGN §3.1): idle land of the parking kinds, checked for
 * valid geometry, minus the protected buffers. The usable areas depend only on the data, so
 * they are computed once per prepared LayerSet and kept in its memo.
 */
import type { Geometry, Position } from 'geojson';
import { PARKING_KINDS } from '../../model/codes';
import type { IdleLandProperties, ProtectedProperties } from '../../model/layers';
import { protectedBufferM } from '../../model/standards';
import { featureId, type FeatureId } from '../../model/types';
import { differenceArea } from '../geometry/clipper';
import { bboxDistance, type BBox, type PlanarMultiPolygon, type Point, type Shape } from '../geometry/planar';
import { flatShapeDistance, layerSegments, segmentsShare } from '../network/flat-shapes';
import { buildBoxIndex } from '../geometry/spatial-index';
import type { PreparedLayers } from '../prepare';
import { ringBBox } from '../geometry/hull';
import { clipConvex, convexRing, openRingArea, protectedBufferPieces } from './buffers';

export type InvalidReason = 'NO_ID' | 'NOT_POLYGON' | 'BAD_COORDINATE' | 'TOO_FEW_POINTS' | 'NOT_CLOSED' | 'SELF_INTERSECTION' | 'ZERO_AREA' | 'CLIP_FAILED';

export interface InvalidParcel {
  /** The parcel's id, or `#<file position>` when it has none. */
  id: FeatureId;
  /** Position in the idle-land file. */
  index: number;
  reason: InvalidReason;
}

export interface CandidateParcel {
  /** Position in prepared.layer('idleLand').features (not the file position). */
  position: number;
  id: FeatureId;
  kind: string;
  areaM2: number;
  usableAreaM2: number;
}

export interface ParcelTable {
  candidates: CandidateParcel[];
  invalid: InvalidParcel[];
  /** Protected features without `bufferM` that took the default. */
  protectedDefaultedBuffers: number;
}

const PARKING_KIND_SET = new Set<string>(PARKING_KINDS);
/** Degrees of a planar-valid coordinate. */
const isCoordinate = (p: Position | undefined) =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

/** Ring self-intersection: any two non-adjacent edges sharing a point (O(n²), rings are small). */
function ringSelfIntersects(ring: Point[]): boolean {
  const n = ring.length - 1; // edges; ring is closed
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      if (adjacent) continue;
      const a = ring[i];
      const b = ring[i + 1];
      const c = ring[j];
      const d = ring[j + 1];
      if (segmentsShare(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1])) return true;
    }
  }
  return false;
}

function ringProblem(ring: unknown): InvalidReason | null {
  if (!Array.isArray(ring)) return 'NOT_POLYGON';
  if (!ring.every((p) => isCoordinate(p as Position))) return 'BAD_COORDINATE';
  if (ring.length < 4) return 'TOO_FEW_POINTS';
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) return 'NOT_CLOSED';
  // Repeated consecutive points are harmless; drop them before the crossing test.
  const clean: Point[] = [];
  for (const p of ring as Position[]) {
    const previous = clean[clean.length - 1];
    if (!previous || previous[0] !== p[0] || previous[1] !== p[1]) clean.push([p[0], p[1]]);
  }
  if (clean.length < 4) return 'TOO_FEW_POINTS';
  let twiceArea = 0;
  for (let i = 0; i + 1 < clean.length; i++) twiceArea += clean[i][0] * clean[i + 1][1] - clean[i + 1][0] * clean[i][1];
  if (ringSelfIntersects(clean)) return 'SELF_INTERSECTION';
  return twiceArea === 0 ? 'ZERO_AREA' : null;
}

/** First problem with a parcel's raw GeoJSON geometry, or null when it is a valid (multi)polygon. */
export function geometryProblem(geometry: Geometry | null | undefined): InvalidReason | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return 'NOT_POLYGON';
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return 'NOT_POLYGON';
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return 'NOT_POLYGON';
    for (const ring of polygon) {
      const problem = ringProblem(ring);
      if (problem) return problem;
    }
  }
  return null;
}

/** One piece of a protected buffer (see protectedBufferPieces). */
interface DrawnBuffer {
  value: PlanarMultiPolygon;
  /** Its ring when convex (open, counter-clockwise), for the clipper-free path. */
  ring: Point[] | null;
  bbox: BBox;
}

/**
 * Usable area without a general clipper, when the parcel and every cutter are convex: the
 * area the cutters take from the parcel by inclusion–exclusion over intersections of convex
 * polygons (each computed exactly by convex clipping). Null when the shapes are not convex or
 * there are too many mutually overlapping cutters (the caller then uses polyclip).
 */
function convexUsableArea(parcel: PlanarMultiPolygon, parcelArea: number, cutters: DrawnBuffer[]): number | null {
  const parcelRing = convexRing(parcel);
  if (!parcelRing || cutters.some((c) => c.ring === null)) return null;
  const pieces = cutters.map((c) => clipConvex(c.ring!, parcelRing)).filter((piece) => piece.length >= 3);
  if (pieces.length > 8) return null;
  const boxes = pieces.map(ringBBox);
  let cut = 0;
  // Subsets grown one piece at a time; a subset whose intersection is empty has no supersets worth visiting.
  const visit = (start: number, region: Point[], box: BBox, size: number) => {
    for (let i = start; i < pieces.length; i++) {
      if (bboxDistance(box, boxes[i]) > 0) continue;
      const next = clipConvex(region, pieces[i]);
      if (next.length < 3) continue;
      const area = openRingArea(next);
      cut += size % 2 === 0 ? -area : area;
      visit(i + 1, next, ringBBox(next), size + 1);
    }
  };
  pieces.forEach((piece, i) => {
    cut += openRingArea(piece);
    visit(i + 1, piece, boxes[i], 2);
  });
  return Math.max(0, parcelArea - cut);
}

interface ProtectedBuffers {
  /** Box of each buffer (the object's box grown by its radius), indexed. */
  boxes: BBox[];
  index: ReturnType<typeof buildBoxIndex>;
  /** The buffer of object i as pieces (protectedBufferPieces), drawn on first use (most objects are near no parcel). */
  buffer(i: number): DrawnBuffer[];
  /** Whether object i lies nearer the shape than its radius (else its buffer cannot cut it). */
  reaches(i: number, shape: Shape, segments: Float64Array): boolean;
  defaulted: number;
}

/** Box of a multipolygon's outer rings (its holes lie inside them), without a pair array per edge. */
function outerRingsBox(multiPolygon: PlanarMultiPolygon): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of multiPolygon) {
    const ring = ringBBox(polygon[0] ?? []);
    box[0] = Math.min(box[0], ring[0]);
    box[1] = Math.min(box[1], ring[1]);
    box[2] = Math.max(box[2], ring[2]);
    box[3] = Math.max(box[3], ring[3]);
  }
  return box;
}

/** Every protected object's buffer (point → circle, polygon → buffered polygon), 32 segments per quarter. */
function protectedBuffers(prepared: PreparedLayers): ProtectedBuffers {
  const features = prepared.layer<ProtectedProperties>('protected').features;
  let defaulted = 0;
  const radii = features.map((feature) => {
    const radius = protectedBufferM(feature.properties.bufferM);
    if (radius !== feature.properties.bufferM) defaulted += 1;
    return radius;
  });
  const boxes = features.map((f, i): BBox => [f.bbox[0] - radii[i], f.bbox[1] - radii[i], f.bbox[2] + radii[i], f.bbox[3] + radii[i]]);
  const drawn = new Map<number, DrawnBuffer[]>();
  const buffer = (i: number) => {
    let pieces = drawn.get(i);
    if (!pieces) {
      pieces = protectedBufferPieces(features[i].shape, radii[i], 32).map((piece) => ({
        value: piece.value,
        ring: piece.convex ? convexRing(piece.value) : null,
        bbox: outerRingsBox(piece.value),
      }));
      drawn.set(i, pieces);
    }
    return pieces;
  };
  // flatShapeDistance is shapeDistance bit for bit, on edges flattened once (memo) and without garbage.
  const objectSegments = layerSegments(prepared, 'protected');
  const reaches = (i: number, shape: Shape, segments: Float64Array) => {
    const distance = flatShapeDistance(features[i].shape, objectSegments(i), shape, segments);
    return distance < radii[i] || (radii[i] === 0 && distance === 0);
  };
  return { boxes, index: buildBoxIndex(boxes), buffer, reaches, defaulted };
}

function computeParcelTable(prepared: PreparedLayers): ParcelTable {
  const layer = prepared.layer<IdleLandProperties>('idleLand');
  const source = prepared.source.idleLand?.features ?? [];
  const invalid: InvalidParcel[] = [];
  const candidates: CandidateParcel[] = [];

  // Features prepare could not project never reach layer.features; report the parking-kind ones.
  const preparedByIndex = new Map(layer.features.map((f, position) => [f.index, position]));
  const protectedSet = protectedBuffers(prepared);
  const parcelSegments = layerSegments(prepared, 'idleLand');

  source.forEach((feature, index) => {
    const kind = (feature.properties as Partial<IdleLandProperties> | null)?.kind;
    if (typeof kind !== 'string' || !PARKING_KIND_SET.has(kind)) return;
    const rawId = featureId(feature as never);
    const id = rawId ?? `#${index}`;
    if (rawId === undefined) {
      invalid.push({ id, index, reason: 'NO_ID' });
      return;
    }
    const problem = geometryProblem(feature.geometry as Geometry);
    const position = preparedByIndex.get(index);
    if (problem || position === undefined) {
      invalid.push({ id, index, reason: problem ?? 'NOT_POLYGON' });
      return;
    }
    const parcel = layer.features[position];
    if (parcel.shape.type !== 'polygon') {
      invalid.push({ id, index, reason: 'NOT_POLYGON' });
      return;
    }
    // Only buffers whose boxes touch the parcel's box, and whose objects lie nearer than the
    // radius (the drawn buffer is inscribed in the true one), can cut it.
    const cutters = protectedSet.index
      .search(parcel.bbox)
      .filter((i) => bboxDistance(protectedSet.boxes[i], parcel.bbox) === 0 && protectedSet.reaches(i, parcel.shape, parcelSegments(position)))
      .flatMap((i) => protectedSet.buffer(i))
      .filter((piece) => bboxDistance(piece.bbox, parcel.bbox) === 0);
    let usableAreaM2 = parcel.areaM2;
    if (cutters.length > 0) {
      const fast = convexUsableArea(parcel.shape.coordinates, parcel.areaM2, cutters);
      if (fast !== null) usableAreaM2 = fast;
      else {
        try {
          usableAreaM2 = differenceArea(parcel.shape.coordinates, cutters.map((c) => c.value));
        } catch {
          invalid.push({ id, index, reason: 'CLIP_FAILED' });
          return;
        }
      }
    }
    candidates.push({ position, id, kind, areaM2: parcel.areaM2, usableAreaM2 });
  });
  return { candidates, invalid, protectedDefaultedBuffers: protectedSet.defaulted };
}

const MEMO_KEY = 'parking:parcels';

/** The parcel table of a prepared LayerSet, computed once (it depends on no parameter). */
export function parcelTable(prepared: PreparedLayers): ParcelTable {
  let table = prepared.memo.get(MEMO_KEY) as ParcelTable | undefined;
  if (!table) {
    table = computeParcelTable(prepared);
    prepared.memo.set(MEMO_KEY, table);
  }
  return table;
}

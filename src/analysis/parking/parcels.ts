/**
 * Candidate parcels for parking (DESIGN §3.1): idle land of the parking kinds, checked for
 * valid geometry, minus the protected buffers. The usable areas depend only on the data, so
 * they are computed once per prepared LayerSet and kept in its memo.
 */
import type { Geometry, Position } from 'geojson';
import { PARKING_KINDS } from '../../model/codes';
import type { IdleLandProperties, ProtectedProperties } from '../../model/layers';
import { FIELD_DEFAULTS } from '../../model/standards';
import { featureId, type FeatureId } from '../../model/types';
import { bufferShape, subtractMultiPolygons } from '../geometry/clip';
import { bboxDistance, multiPolygonArea, type BBox, type PlanarMultiPolygon, type Point, segmentsIntersect, shapeBBox } from '../geometry/planar';
import { buildBoxIndex } from '../geometry/spatial-index';
import type { PreparedLayers } from '../prepare';

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
  /** Protected features whose buffer could not be drawn (their ids); they cut nothing. */
  protectedFailures: FeatureId[];
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
      if (segmentsIntersect(ring[i], ring[i + 1], ring[j], ring[j + 1])) return true;
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

interface ProtectedBuffers {
  buffers: PlanarMultiPolygon[];
  boxes: BBox[];
  failures: FeatureId[];
  defaulted: number;
}

/** Every protected object's buffer (point → circle, polygon → buffered polygon), 32 segments per quarter. */
function protectedBuffers(prepared: PreparedLayers): ProtectedBuffers {
  const out: ProtectedBuffers = { buffers: [], boxes: [], failures: [], defaulted: 0 };
  for (const feature of prepared.layer<ProtectedProperties>('protected').features) {
    const raw = feature.properties.bufferM;
    const hasBuffer = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0;
    if (!hasBuffer) out.defaulted += 1;
    const radius = hasBuffer ? raw : FIELD_DEFAULTS.protectedBufferM;
    const buffered = bufferShape(feature.shape, radius, 32);
    if (buffered.failed) {
      out.failures.push(feature.id);
      continue;
    }
    if (buffered.value.length === 0) continue;
    out.buffers.push(buffered.value);
    out.boxes.push(shapeBBox({ type: 'polygon', coordinates: buffered.value }));
  }
  return out;
}

function computeParcelTable(prepared: PreparedLayers): ParcelTable {
  const layer = prepared.layer<IdleLandProperties>('idleLand');
  const source = prepared.source.idleLand?.features ?? [];
  const invalid: InvalidParcel[] = [];
  const candidates: CandidateParcel[] = [];

  // Features prepare could not project never reach layer.features; report the parking-kind ones.
  const preparedByIndex = new Map(layer.features.map((f, position) => [f.index, position]));
  const protectedSet = protectedBuffers(prepared);
  const bufferIndex = buildBoxIndex(protectedSet.boxes);

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
    // Only buffers whose boxes touch the parcel's box can cut it.
    const cutters = bufferIndex
      .search(parcel.bbox)
      .filter((i) => bboxDistance(protectedSet.boxes[i], parcel.bbox) === 0)
      .map((i) => protectedSet.buffers[i]);
    let usableAreaM2 = parcel.areaM2;
    if (cutters.length > 0) {
      const remainder = subtractMultiPolygons(parcel.shape.coordinates, cutters);
      if (remainder.failed) {
        invalid.push({ id, index, reason: 'CLIP_FAILED' });
        return;
      }
      usableAreaM2 = multiPolygonArea(remainder.value);
    }
    candidates.push({ position, id, kind, areaM2: parcel.areaM2, usableAreaM2 });
  });
  return { candidates, invalid, protectedFailures: protectedSet.failures, protectedDefaultedBuffers: protectedSet.defaulted };
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

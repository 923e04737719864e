/**
 * Buildings as flat typed arrays in Web Mercator units (0–1 across the world), for the tile
 * worker (issue 9 item 3). MapLibre's own GeoJSON path parses, projects, simplifies and indexes
 * every building before the first tile (11–20 s for 240k); the analysis worker already holds
 * the features, so it flattens them once (this file) and transfers the buffers to the tile
 * worker, which cuts only the tiles in view (building-tiles.ts). Pure: no DOM, no worker API.
 */
import { Growable } from './growable';

export interface BuildingBuffers {
  /** Features (a MultiPolygon building is one feature with several outer rings). */
  count: number;
  /** The feature's `id` property (for promoteId and the inspector), '' when absent. */
  ids: string[];
  /** floors and heightM per feature, NaN when absent (the style decides the fallback). */
  floors: Float32Array;
  heights: Float32Array;
  /** x, y per vertex in Mercator units; rings are open (no repeated closing vertex). */
  vertices: Float64Array;
  /** Vertex index where each ring starts; rings + 1 entries. */
  ringStarts: Uint32Array;
  /** 1 where the ring is a polygon's outer ring, 0 for a hole. */
  ringIsOuter: Uint8Array;
  /** Ring index where each feature starts; count + 1 entries. */
  featureRingStarts: Uint32Array;
  /** minX, minY, maxX, maxY per feature, Mercator units. */
  bboxes: Float64Array;
  /** Area of the outer rings per feature, Mercator units squared (for the size cut at low zoom). */
  areas: Float64Array;
}

export interface BuildingLike {
  geometry: { type: string; coordinates?: unknown } | null;
  properties: Record<string, unknown> | null;
}

type Ring = number[][];

/** Web Mercator latitude limit: beyond it y is infinite. */
const MAX_LATITUDE = 85.0511287798;

export function mercatorX(longitude: number): number {
  return (longitude + 180) / 360;
}

export function mercatorY(latitude: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}

function polygonsOf(geometry: BuildingLike['geometry']): Ring[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][];
  return [];
}

export const numberOrNaN = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN);

/** Vertices of the ring without its closing vertex (the first repeated at the end), as tiles store rings. */
function openLength(ring: Ring): number {
  const n = ring.length;
  if (n > 1) {
    const first = ring[0];
    const last = ring[n - 1];
    if (last[0] === first[0] && last[1] === first[1]) return n - 1;
  }
  return n;
}

/**
 * One pass over the features, written straight into typed arrays (no per-ring or per-feature
 * arrays). At province scale (240k buildings, 960k vertices) this runs in the analysis worker
 * between an import's apply and the first building tile: 1.3 s there with the earlier
 * closures and number[] ring starts, on features spread over a large heap.
 */
export function buildBuildingBuffers(features: readonly BuildingLike[]): BuildingBuffers {
  const count = features.length;
  const ids: string[] = new Array(count);
  const floors = new Float32Array(count);
  const heights = new Float32Array(count);
  const bboxes = new Float64Array(count * 4);
  const areas = new Float64Array(count);
  const featureRingStarts = new Uint32Array(count + 1);
  const vertices = new Growable(new Float64Array(1 << 16));
  const ringStarts = new Growable(new Uint32Array(1 << 12));
  const ringIsOuter = new Growable(new Uint8Array(1 << 12));
  ringStarts.length = 1; // ringStarts[0] = 0

  for (let index = 0; index < count; index++) {
    const feature = features[index];
    const properties = feature.properties ?? {};
    ids[index] = properties.id == null ? '' : String(properties.id);
    floors[index] = numberOrNaN(properties.floors);
    heights[index] = numberOrNaN(properties.heightM);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, area = 0;
    const polygons = polygonsOf(feature.geometry);
    for (let p = 0; p < polygons.length; p++) {
      const polygon = polygons[p];
      ringStarts.reserve(polygon.length);
      ringIsOuter.reserve(polygon.length);
      for (let r = 0; r < polygon.length; r++) {
        const points = polygon[r];
        const length = openLength(points);
        vertices.reserve(length * 2);
        const flat = vertices.array;
        const start = vertices.length;
        let at = start;
        for (let i = 0; i < length; i++) {
          const point = points[i];
          const x = mercatorX(point[0]);
          const y = mercatorY(point[1]);
          flat[at++] = x;
          flat[at++] = y;
          if (r === 0) {
            if (x < minX) minX = x;
            if (x > maxX) maxX = x;
            if (y < minY) minY = y;
            if (y > maxY) maxY = y;
          }
        }
        vertices.length = at;
        if (r === 0) area += Math.abs(shoelace(flat, start, at));
        ringIsOuter.array[ringIsOuter.length++] = r === 0 ? 1 : 0;
        ringStarts.array[ringStarts.length++] = at / 2;
      }
    }
    featureRingStarts[index + 1] = ringIsOuter.length;
    if (minX > maxX) minX = minY = maxX = maxY = Number.NaN;
    const box = index * 4;
    bboxes[box] = minX;
    bboxes[box + 1] = minY;
    bboxes[box + 2] = maxX;
    bboxes[box + 3] = maxY;
    areas[index] = area / 2;
  }

  return {
    count, ids, floors, heights, bboxes, areas, featureRingStarts,
    vertices: vertices.done(),
    ringStarts: ringStarts.done(),
    ringIsOuter: ringIsOuter.done(),
  };
}

/** Twice the signed area of the open ring stored in flat[from, to) as x, y pairs. */
function shoelace(flat: ArrayLike<number>, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i += 2) {
    const j = i + 2 < to ? i + 2 : from;
    sum += flat[i] * flat[j + 1] - flat[j] * flat[i + 1];
  }
  return sum;
}

/** The buffers to transfer (Comlink.transfer) rather than copy; ids are cloned. */
export function transferablesOf(buffers: BuildingBuffers): ArrayBuffer[] {
  const { floors, heights, vertices, ringStarts, ringIsOuter, featureRingStarts, bboxes, areas } = buffers;
  return [floors, heights, vertices, ringStarts, ringIsOuter, featureRingStarts, bboxes, areas].map((array) => array.buffer as ArrayBuffer);
}

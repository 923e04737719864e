/**
 * Roads as flat typed arrays in Web Mercator units (0–1 across the world), for the tile worker,
 * as building-buffers.ts does for the buildings. MapLibre's GeoJSON source held the province's
 * 188k road segments in 320 MB of its worker's heap and took seconds to index them; the analysis
 * worker already holds the features, so it flattens them once (this file) and transfers the
 * buffers to the tile worker, which cuts only the tiles in view (road-tiles.ts). Pure: no DOM,
 * no worker API.
 */
import { mercatorX, mercatorY, numberOrNaN, type BuildingLike } from './building-buffers';
import { Growable } from './growable';

export interface RoadBuffers {
  /** Features (a MultiLineString road is one feature with several lines). */
  count: number;
  /** The feature's `id` property (for promoteId and the inspector), '' when absent. */
  ids: string[];
  /** widthM per feature, NaN when absent or not a finite number (the style decides the fallback). */
  widths: Float32Array;
  /** x, y per vertex in Mercator units. */
  vertices: Float64Array;
  /** Vertex index where each line (part) starts; lines + 1 entries. */
  lineStarts: Uint32Array;
  /** Line index where each feature starts; count + 1 entries. */
  featureLineStarts: Uint32Array;
  /** minX, minY, maxX, maxY per feature, Mercator units; NaN ×4 when the feature has no usable line. */
  bboxes: Float64Array;
}

/** A road as the flattening reads it: any GeoJSON feature (the same shape a building is read as). */
export type RoadLike = BuildingLike;

type Line = number[][];

function linesOf(geometry: RoadLike['geometry']): Line[] {
  if (!geometry || !Array.isArray(geometry.coordinates)) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates as Line];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as Line[];
  return [];
}

/**
 * One pass over the features, written straight into typed arrays (no per-line or per-feature
 * arrays); a line of fewer than two positions is skipped.
 */
export function buildRoadBuffers(features: readonly RoadLike[]): RoadBuffers {
  const count = features.length;
  const ids: string[] = new Array(count);
  const widths = new Float32Array(count);
  const bboxes = new Float64Array(count * 4);
  const featureLineStarts = new Uint32Array(count + 1);
  const vertices = new Growable(new Float64Array(1 << 16));
  const lineStarts = new Growable(new Uint32Array(1 << 12));
  lineStarts.length = 1; // lineStarts[0] = 0

  for (let index = 0; index < count; index++) {
    const feature = features[index];
    const properties = feature.properties ?? {};
    ids[index] = properties.id == null ? '' : String(properties.id);
    widths[index] = numberOrNaN(properties.widthM);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const lines = linesOf(feature.geometry);
    lineStarts.reserve(lines.length);
    for (let l = 0; l < lines.length; l++) {
      const points = lines[l];
      if (!Array.isArray(points) || points.length < 2) continue;
      const length = points.length;
      vertices.reserve(length * 2);
      const flat = vertices.array;
      let at = vertices.length;
      for (let i = 0; i < length; i++) {
        const point = points[i];
        const x = mercatorX(point[0]);
        const y = mercatorY(point[1]);
        flat[at++] = x;
        flat[at++] = y;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      vertices.length = at;
      lineStarts.array[lineStarts.length++] = at / 2;
    }
    featureLineStarts[index + 1] = lineStarts.length - 1;
    if (minX > maxX) minX = minY = maxX = maxY = Number.NaN;
    const box = index * 4;
    bboxes[box] = minX;
    bboxes[box + 1] = minY;
    bboxes[box + 2] = maxX;
    bboxes[box + 3] = maxY;
  }

  return {
    count, ids, widths, bboxes, featureLineStarts,
    vertices: vertices.done(),
    lineStarts: lineStarts.done(),
  };
}

/** The buffers to transfer (Comlink.transfer) rather than copy; ids are cloned. */
export function roadTransferables(buffers: RoadBuffers): ArrayBuffer[] {
  const { widths, vertices, lineStarts, featureLineStarts, bboxes } = buffers;
  return [widths, vertices, lineStarts, featureLineStarts, bboxes].map((array) => array.buffer as ArrayBuffer);
}

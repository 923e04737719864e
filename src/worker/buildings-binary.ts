/**
 * Buildings as flat typed arrays for deck.gl's SolidPolygonLayer (issue 9 item 3): MapLibre's
 * GeoJSON processing of 240k extruded polygons takes 11–15 s; building these arrays in the
 * worker and transferring them lets deck upload them as they are, with no per-object work on
 * the main thread. Pure: used by the worker and, for a layer the worker does not hold, by the map.
 *
 * The layout is the one deck's own GeoJsonLayer hands SolidPolygonLayer for binary data with
 * `_normalize: false` (geojson-layer-props.js): every polygon (each part of a MultiPolygon is
 * one) is its rings back to back, each ring closed (last = first vertex) with the outer ring
 * clockwise and holes counter-clockwise in lon/lat (deck's default `_windingOrder: 'CW'`);
 * `vertexValid` is 0 on each ring's last vertex so no wall joins a ring to the next; and the
 * triangles come precomputed (`indices`), because deck cannot triangulate holes in flat data.
 * Colour and elevation are per vertex: deck reads a binary attribute buffer vertex by vertex
 * when the data has startIndices (Attribute.setBinaryValue), so per-polygon values would be
 * misread.
 */
import { earcut } from '@math.gl/polygon';
import { FLOOR_STEPS, hexToRgb } from '../map/palette';

export interface BuildingsBinary {
  /** Polygons (a MultiPolygon feature gives several). */
  length: number;
  /** Vertex index where each polygon starts; length + 1 entries, the last is the vertex count. */
  startIndices: Uint32Array;
  /** lon, lat per vertex. */
  positions: Float64Array;
  /** 1, or 0 on the last vertex of each ring. */
  vertexValid: Uint16Array;
  /** Triangles of the top faces, as global vertex indices. */
  indices: Uint32Array;
  /** Metres, per vertex (the polygon's value repeated). */
  elevations: Float32Array;
  /** RGBA per vertex. */
  colours: Uint8Array;
  /** The feature each polygon came from, for the inspector. */
  featureOf: Uint32Array;
}

type Ring = number[][];
interface BuildingLike {
  geometry: { type: string; coordinates?: unknown } | null;
  properties: Record<string, unknown> | null;
}

const STEP_RGB = FLOOR_STEPS.map(([floors, hex]) => [floors, ...hexToRgb(hex)] as const);

/** The style's `step` on floors (style.ts): below the second stop the first colour. */
export function floorColour(floors: number): readonly [number, number, number] {
  let chosen = STEP_RGB[0];
  for (let i = 1; i < STEP_RGB.length; i++) if (floors >= STEP_RGB[i][0]) chosen = STEP_RGB[i];
  return [chosen[1], chosen[2], chosen[3]];
}

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** The style's height: heightM, else floors (default 1) × 3 m. */
export function buildingElevation(properties: Record<string, unknown> | null): number {
  const height = properties?.heightM;
  if (typeof height === 'number' && Number.isFinite(height)) return height;
  return numberOr(properties?.floors, 1) * 3;
}

/** Twice the signed area in math.gl's convention (positive = clockwise, as deck normalises). */
function signedArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[i][0] - ring[j][0]) * (ring[i][1] + ring[j][1]);
  return area;
}

/** The ring closed, without repeated vertices, wound as asked; null if it encloses nothing. */
function cleanRing(ring: Ring, clockwise: boolean): Ring | null {
  const out: Ring = [];
  for (const point of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  if (out.length < 3) return null;
  const area = signedArea(out);
  if (area === 0) return null;
  if (area > 0 !== clockwise) out.reverse();
  out.push(out[0]);
  return out;
}

function polygonsOf(geometry: BuildingLike['geometry']): Ring[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][];
  return [];
}

/** Growable typed buffer: sizes are not known before the rings are cleaned. */
class Grow<T extends Float64Array | Uint32Array | Uint16Array | Float32Array | Uint8Array> {
  length = 0;
  constructor(public array: T) {}
  reserve(extra: number) {
    if (this.length + extra <= this.array.length) return;
    const next = new (this.array.constructor as new (n: number) => T)(Math.max(this.array.length * 2, this.length + extra));
    next.set(this.array);
    this.array = next;
  }
  push(value: number) {
    this.reserve(1);
    this.array[this.length++] = value;
  }
  done(): T {
    return this.array.slice(0, this.length) as T;
  }
}

export function buildBuildingsBinary(features: readonly BuildingLike[]): BuildingsBinary {
  const starts: number[] = [0];
  const featureOf: number[] = [];
  const positions = new Grow(new Float64Array(1 << 16));
  const vertexValid = new Grow(new Uint16Array(1 << 15));
  const indices = new Grow(new Uint32Array(1 << 16));
  const elevations = new Grow(new Float32Array(1 << 15));
  const colours = new Grow(new Uint8Array(1 << 17));
  let vertices = 0;
  features.forEach((feature, featureIndex) => {
    const elevation = buildingElevation(feature.properties);
    const [r, g, b] = floorColour(numberOr(feature.properties?.floors, 1));
    for (const polygon of polygonsOf(feature.geometry)) {
      const outer = polygon[0] && cleanRing(polygon[0], true);
      if (!outer) continue;
      const rings = [outer, ...polygon.slice(1).map((hole) => cleanRing(hole, false)).filter((hole): hole is Ring => hole !== null)];
      // earcut on this polygon's own vertices, offset to global indices afterwards.
      const flat: number[] = [];
      const holeStarts: number[] = [];
      for (const [k, ring] of rings.entries()) {
        if (k > 0) holeStarts.push(flat.length / 2);
        for (const [x, y] of ring) flat.push(x, y);
      }
      const count = flat.length / 2;
      positions.reserve(flat.length);
      for (const value of flat) positions.push(value);
      vertexValid.reserve(count);
      for (const ring of rings) for (let i = 0; i < ring.length; i++) vertexValid.push(i === ring.length - 1 ? 0 : 1);
      for (const index of earcut(flat, holeStarts.length ? holeStarts : undefined, 2)) indices.push(index + vertices);
      elevations.reserve(count);
      colours.reserve(count * 4);
      for (let i = 0; i < count; i++) {
        elevations.push(elevation);
        colours.push(r); colours.push(g); colours.push(b); colours.push(255);
      }
      vertices += count;
      starts.push(vertices);
      featureOf.push(featureIndex);
    }
  });
  return {
    length: featureOf.length,
    startIndices: Uint32Array.from(starts),
    positions: positions.done(),
    vertexValid: vertexValid.done(),
    indices: indices.done(),
    elevations: elevations.done(),
    colours: colours.done(),
    featureOf: Uint32Array.from(featureOf),
  };
}

/** The buffers to transfer (Comlink.transfer) rather than copy. */
export function transferablesOf(binary: BuildingsBinary): ArrayBuffer[] {
  const { startIndices, positions, vertexValid, indices, elevations, colours, featureOf } = binary;
  return [startIndices, positions, vertexValid, indices, elevations, colours, featureOf].map((array) => array.buffer as ArrayBuffer);
}

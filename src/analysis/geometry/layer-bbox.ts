/**
 * The lon/lat bounding box of a layer set: the projection's centre (DESIGN §3.6) and where the
 * map flies after an import. Apart from projection.ts so the page can use it without proj4.
 */
import type { Geometry } from 'geojson';
import type { LayerSet } from '../../model/types';
import type { BBox } from './planar';

/** Plain loops, no closure per feature: the box of every layer at city scale in ~10 ms (~130 with closures). */
function extendByCoordinates(box: BBox, coordinates: unknown): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') {
    const x = coordinates[0];
    const y = coordinates[1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
    return;
  }
  for (let i = 0; i < coordinates.length; i++) extendByCoordinates(box, coordinates[i]);
}

/**
 * The same walk as extendByCoordinates (same positions, same order, so the same box) with a
 * function per nesting level: each reads one kind of array, so a coordinate is read as a
 * plain double. The one recursive walk reads positions and lists of them at the same spot,
 * which makes V8 box every coordinate it reads (~35 MB of garbage at city scale). Anything
 * not shaped as the geometry type says goes to extendByCoordinates from that level down.
 */
function extendByPosition(box: BBox, position: unknown[]): void {
  const x = position[0];
  if (typeof x !== 'number') {
    extendByCoordinates(box, position);
    return;
  }
  const y = position[1];
  if (!Number.isFinite(x) || !Number.isFinite(y as number)) return;
  if (x < box[0]) box[0] = x;
  if ((y as number) < box[1]) box[1] = y as number;
  if (x > box[2]) box[2] = x;
  if ((y as number) > box[3]) box[3] = y as number;
}

/** A list of positions (depth 1), a list of those (2) or deeper. */
function extendByLevel(box: BBox, node: unknown, depth: number): void {
  if (!Array.isArray(node)) return;
  if (!Array.isArray(node[0])) {
    extendByCoordinates(box, node);
    return;
  }
  for (let i = 0; i < node.length; i++) {
    const child = node[i];
    if (!Array.isArray(child)) continue;
    if (depth === 1) extendByPosition(box, child);
    else extendByLevel(box, child, depth - 1);
  }
}

const NESTING: Partial<Record<string, number>> = { LineString: 1, MultiPoint: 1, Polygon: 2, MultiLineString: 2, MultiPolygon: 3 };

function extendByGeometry(box: BBox, geometry: Geometry | null | undefined): void {
  if (!geometry) return;
  if (geometry.type === 'GeometryCollection') for (const part of geometry.geometries) extendByGeometry(box, part);
  else {
    const depth = NESTING[geometry.type];
    if (depth === undefined) extendByCoordinates(box, geometry.coordinates);
    else extendByLevel(box, geometry.coordinates, depth);
  }
}

/** Lon/lat bounding box of every feature of every layer given; null when there is none. */
export function layerSetBbox(layers: LayerSet): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const collection of Object.values(layers)) {
    for (const feature of collection?.features ?? []) extendByGeometry(box, feature.geometry as Geometry);
  }
  return Number.isFinite(box[0]) ? box : null;
}

/**
 * Zipped Shapefile writer: .shp/.shx (points, polylines, polygons), a UTF-8 .dbf with its
 * .cpg, and a WGS84 .prj. A layer with mixed geometry (protected objects: points and polygons)
 * becomes one Shapefile per shape type in the same zip, because a .shp holds one type.
 */
import { zipSync } from 'fflate';
import type { Geometry, Position } from 'geojson';
import { converterFromWgs84, crsDefinition, esriPrj, mapPositions } from '../crs';
import { signedArea2 } from '../geometry-checks';
import type { RawFeature } from '../types';
import { planColumns, writeDbf, type DbfColumn } from './dbf';

export const WGS84_PRJ = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

type ShapeKind = 'point' | 'line' | 'polygon';
const SHAPE_TYPE: Record<ShapeKind, number> = { point: 1, line: 3, polygon: 5 };

function kindOf(geometry: Geometry | null): ShapeKind | undefined {
  switch (geometry?.type) {
    case 'Point': return 'point';
    case 'LineString': case 'MultiLineString': return 'line';
    case 'Polygon': case 'MultiPolygon': return 'polygon';
    default: return undefined;
  }
}

/** Parts of a shape record; polygon rings rewound to the Shapefile rule (outer clockwise). */
function partsOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString': return [geometry.coordinates];
    case 'MultiLineString': return geometry.coordinates;
    case 'Polygon': case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      return polygons.flatMap((rings) => rings.map((ring, i) => {
        const clockwise = signedArea2(ring) < 0;
        return (i === 0) === clockwise ? ring : [...ring].reverse();
      }));
    }
    default: return [];
  }
}

function recordContent(kind: ShapeKind, geometry: Geometry | null): Uint8Array {
  if (!geometry) {
    const empty = new Uint8Array(4); // null shape: type 0
    return empty;
  }
  if (kind === 'point') {
    const [x, y] = (geometry as { coordinates: Position }).coordinates;
    const bytes = new Uint8Array(20);
    const view = new DataView(bytes.buffer);
    view.setInt32(0, 1, true); view.setFloat64(4, x, true); view.setFloat64(12, y, true);
    return bytes;
  }
  const parts = partsOf(geometry);
  const points = parts.flat();
  const bytes = new Uint8Array(44 + 4 * parts.length + 16 * points.length);
  const view = new DataView(bytes.buffer);
  view.setInt32(0, SHAPE_TYPE[kind], true);
  const box = bboxOf(points);
  box.forEach((value, i) => view.setFloat64(4 + i * 8, value, true));
  view.setInt32(36, parts.length, true);
  view.setInt32(40, points.length, true);
  let start = 0;
  parts.forEach((part, i) => { view.setInt32(44 + i * 4, start, true); start += part.length; });
  const base = 44 + 4 * parts.length;
  points.forEach((p, i) => { view.setFloat64(base + i * 16, p[0], true); view.setFloat64(base + i * 16 + 8, p[1], true); });
  return bytes;
}

function bboxOf(points: Position[]): [number, number, number, number] {
  if (!points.length) return [0, 0, 0, 0];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of points) { minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y); }
  return [minX, minY, maxX, maxY];
}

function header(bytes: Uint8Array, kind: ShapeKind, fileLength: number, box: [number, number, number, number]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, 100);
  view.setInt32(0, 9994);
  view.setInt32(24, fileLength / 2);
  view.setInt32(28, 1000, true);
  view.setInt32(32, SHAPE_TYPE[kind], true);
  box.forEach((value, i) => view.setFloat64(36 + i * 8, value, true));
}

/** .shp and .shx bytes for features of one shape kind. */
export function writeShpShx(kind: ShapeKind, geometries: (Geometry | null)[]): { shp: Uint8Array; shx: Uint8Array } {
  const contents = geometries.map((g) => recordContent(kind, g));
  const shpLength = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * contents.length);
  const box = bboxOf(geometries.flatMap((g) => (g ? (g.type === 'Point' ? [g.coordinates] : partsOf(g).flat()) : [])));
  header(shp, kind, shpLength, box);
  header(shx, kind, shx.length, box);
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  let offset = 100;
  contents.forEach((content, i) => {
    shxView.setInt32(100 + i * 8, offset / 2);
    shxView.setInt32(104 + i * 8, content.length / 2);
    shpView.setInt32(offset, i + 1);
    shpView.setInt32(offset + 4, content.length / 2);
    shp.set(content, offset + 8);
    offset += 8 + content.length;
  });
  return { shp, shx };
}

export interface ShapefileExport {
  zip: Uint8Array;
  /** Field → DBF column name, per written .shp (names are cut to 10 bytes). */
  columns: Record<string, DbfColumn[]>;
}

export interface ShapefileWriteOptions {
  /** Target CRS (default WGS84): an EPSG code crs.ts knows, e.g. "EPSG:4549"; the .prj follows. */
  crs?: string;
}

/** Writes features (WGS84) as a zipped Shapefile named `name`.shp (+ _point/_line/_polygon when mixed). */
export function writeShapefileZip(name: string, features: RawFeature[], options: ShapefileWriteOptions = {}): ShapefileExport {
  let prj = WGS84_PRJ;
  if (options.crs) {
    const definition = crsDefinition(options.crs);
    if (!definition) throw new Error(`unknown CRS ${options.crs}`);
    if (!definition.geographic) {
      const project = converterFromWgs84(definition.proj4);
      features = features.map((f) => ({ ...f, geometry: mapPositions(f.geometry, project) }));
      prj = esriPrj(definition.code) ?? prj;
    }
  }
  const groups = new Map<ShapeKind, RawFeature[]>();
  for (const feature of features) {
    const kind = kindOf(feature.geometry) ?? 'point';
    groups.set(kind, [...(groups.get(kind) ?? []), feature]);
  }
  if (!groups.size) groups.set('polygon', []);
  const files: Record<string, Uint8Array> = {};
  const columns: Record<string, DbfColumn[]> = {};
  const encoder = new TextEncoder();
  for (const [kind, group] of groups) {
    const base = groups.size > 1 ? `${name}_${kind}` : name;
    const { shp, shx } = writeShpShx(kind, group.map((f) => (kindOf(f.geometry) ? f.geometry : null)));
    const rows = group.map((f) => f.properties ?? {});
    const planned = planColumns(rows);
    files[`${base}.shp`] = shp;
    files[`${base}.shx`] = shx;
    files[`${base}.dbf`] = writeDbf(rows, planned);
    files[`${base}.prj`] = encoder.encode(prj);
    files[`${base}.cpg`] = encoder.encode('UTF-8');
    columns[`${base}.shp`] = planned;
  }
  return { zip: zipSync(files), columns };
}

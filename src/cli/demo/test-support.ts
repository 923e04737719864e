/**
 * Helpers for the demo generator's tests: parse the generated files back and project them
 * with the engine's planar kernel, exactly as an analysis would see them.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { type PlanarMultiPolygon, type Point, projectGeometry } from '../../analysis/geometry/planar';
import { createLocalProjection, type LocalProjection } from '../../analysis/geometry/projection';
import { LAYER_FILES, type LayerName } from '../../model/layers';
import type { DemoOutput } from './index';

export type ParsedLayers = Record<LayerName, FeatureCollection<Geometry, Record<string, unknown>>>;

export function parseLayers(output: DemoOutput): ParsedLayers {
  return Object.fromEntries(
    Object.entries(LAYER_FILES).map(([name, file]) => [name, JSON.parse(output.files[file]) as FeatureCollection]),
  ) as ParsedLayers;
}

export function projectionFor(output: DemoOutput): LocalProjection {
  const [minLon, minLat, maxLon, maxLat] = output.manifest.bbox;
  return createLocalProjection((minLon + maxLon) / 2, (minLat + maxLat) / 2);
}

export function planarPolygon(geometry: Geometry, projection: LocalProjection): PlanarMultiPolygon {
  const shape = projectGeometry(geometry, projection);
  if (!shape || shape.type !== 'polygon') throw new Error(`not a polygon: ${geometry.type}`);
  return shape.coordinates;
}

export function planarLine(geometry: Geometry, projection: LocalProjection): Point[] {
  const shape = projectGeometry(geometry, projection);
  if (!shape || shape.type !== 'line') throw new Error(`not a line: ${geometry.type}`);
  return shape.coordinates[0];
}

/** Union–find over vertices, merging every pair within `tolerance` (hash grid, chains merge). */
export function countComponents(lines: Point[][], tolerance: number): number {
  const points = lines.flat();
  const parent = points.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const join = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  let offset = 0;
  for (const line of lines) {
    for (let k = 1; k < line.length; k++) join(offset + k - 1, offset + k);
    offset += line.length;
  }
  const cells = new Map<string, number[]>();
  const key = (x: number, y: number) => `${Math.floor(x / tolerance)},${Math.floor(y / tolerance)}`;
  points.forEach(([x, y], i) => {
    const k = key(x, y);
    cells.set(k, [...(cells.get(k) ?? []), i]);
  });
  points.forEach(([x, y], i) => {
    const cx = Math.floor(x / tolerance);
    const cy = Math.floor(y / tolerance);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (Math.hypot(points[j][0] - x, points[j][1] - y) <= tolerance) join(i, j);
        }
      }
    }
  });
  return new Set(points.map((_, i) => find(i))).size;
}

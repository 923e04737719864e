import { describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import fc from 'fast-check';
import { buildBuildingBuffers, mercatorY } from './building-buffers';
import { BuildingTiles, BUILDINGS_SOURCE_LAYER, TILE_EXTENT } from './building-tiles';

/** The latitude whose Mercator y is 0.25 (a quarter down the world): atan(sinh(π/2)) ≈ 66.51°. */
const LAT_QUARTER = (Math.atan(Math.sinh(Math.PI / 2)) * 180) / Math.PI;

const building = (id: string, rings: number[][][], properties: Record<string, unknown> = {}) => ({
  type: 'Feature' as const,
  properties: { id, ...properties },
  geometry: { type: 'Polygon', coordinates: rings },
});

function decode(bytes: Uint8Array) {
  const tile = new VectorTile(new PbfReader(bytes));
  const layer = tile.layers[BUILDINGS_SOURCE_LAYER];
  if (!layer) return [];
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i));
}

/** Twice the signed area, tile coordinates (y down). */
const area = (ring: { x: number; y: number }[]) => ring.slice(0, -1).reduce((sum, p, i) => sum + p.x * ring[i + 1].y - ring[i + 1].x * p.y, 0);

describe('building tiles', () => {
  // lon 45…90 is x 0.625…0.75 of the world: at z1, tile x = 1 covers 0.5…1, so 1024…2048 units;
  // lat 0 is y 0.5 (4096 units, the tile's bottom edge) and LAT_QUARTER is y 0.25 (2048 units).
  const square = building('B1', [[[45, 0], [90, 0], [90, LAT_QUARTER], [45, LAT_QUARTER], [45, 0]]], { floors: 6, heightM: 18.5 });

  it('puts a footprint where hand-worked Mercator maths says, outer ring positive (MVT 2.1)', () => {
    expect(mercatorY(LAT_QUARTER)).toBeCloseTo(0.25, 12);
    const tiles = new BuildingTiles(buildBuildingBuffers([square]));
    const [feature] = decode(tiles.tile(1, 1, 0));
    expect(feature.type).toBe(3);
    expect(feature.extent).toBe(TILE_EXTENT);
    expect(feature.properties).toEqual({ id: 'B1', floors: 6, heightM: 18.5 });
    const [ring] = feature.loadGeometry();
    // Given counter-clockwise in lon/lat, so reversed to be clockwise on screen.
    expect(ring.map((p) => [p.x, p.y])).toEqual([[1024, 2048], [2048, 2048], [2048, 4096], [1024, 4096], [1024, 2048]]);
    expect(area(ring)).toBeGreaterThan(0);
  });

  it('gives the footprint only to the tiles its box meets', () => {
    const tiles = new BuildingTiles(buildBuildingBuffers([square]));
    expect(decode(tiles.tile(1, 0, 0))).toHaveLength(0);
    expect(decode(tiles.tile(1, 1, 1))).toHaveLength(1); // touches the shared edge at lat 0
    expect(tiles.tile(1, 0, 1).length).toBe(0);
    expect(decode(tiles.tile(2, 2, 0))).toHaveLength(1);
    expect(decode(tiles.tile(2, 3, 0))).toHaveLength(1); // lon 90 is the edge of x = 2 and 3
  });

  it('keeps holes wound the other way and drops footprints below the tolerance at low zoom', () => {
    // A 0.001° (~100 m) square near Hangzhou with a hole; and a 2 m shed.
    const [x0, y0] = [120.15, 30.27];
    const d = 0.001;
    const withHole = building('C', [
      [[x0, y0], [x0 + d, y0], [x0 + d, y0 + d], [x0, y0 + d], [x0, y0]],
      [[x0 + d / 4, y0 + d / 4], [x0 + d / 4, y0 + (3 * d) / 4], [x0 + (3 * d) / 4, y0 + (3 * d) / 4], [x0 + (3 * d) / 4, y0 + d / 4], [x0 + d / 4, y0 + d / 4]],
    ]);
    const e = 0.00002;
    const shed = building('S', [[[x0 + 1.2 * d, y0], [x0 + 1.2 * d + e, y0], [x0 + 1.2 * d + e, y0 + e], [x0 + 1.2 * d, y0]]]);
    const tiles = new BuildingTiles(buildBuildingBuffers([withHole, shed]));
    const tileAt = (z: number) => {
      const n = 2 ** z;
      return [z, Math.floor(((x0 + 180) / 360) * n), Math.floor(mercatorY(y0) * n)] as const;
    };
    const high = decode(tiles.tile(...tileAt(16)));
    expect(high.map((f) => f.properties.id)).toEqual(['C', 'S']);
    const [outer, hole] = high[0].loadGeometry();
    expect(area(outer)).toBeGreaterThan(0);
    expect(area(hole)).toBeLessThan(0);
    expect(high[0].properties.floors).toBeUndefined();
    // At z9 a 2 m shed is far below 0.375 px; the 100 m block (≈0.7 px² there) stays.
    expect(decode(tiles.tile(...tileAt(9))).map((f) => f.properties.id)).toEqual(['C']);
    expect(decode(tiles.tile(...tileAt(3)))).toHaveLength(0);
  });

  it('never throws and always decodes, whatever the footprints (property)', () => {
    const point = fc.tuple(fc.double({ min: 119, max: 122, noNaN: true }), fc.double({ min: 28, max: 31, noNaN: true }));
    const ring = fc.array(point, { minLength: 0, maxLength: 8 });
    const feature = fc.array(ring, { minLength: 0, maxLength: 3 }).map((rings) => building('P', rings));
    fc.assert(fc.property(fc.array(feature, { maxLength: 12 }), fc.integer({ min: 0, max: 16 }), (features, z) => {
      const tiles = new BuildingTiles(buildBuildingBuffers(features));
      const n = 2 ** z;
      const x = Math.floor(((120.5 + 180) / 360) * n);
      const y = Math.floor(mercatorY(29.5) * n);
      for (const decoded of decode(tiles.tile(z, x, y))) {
        for (const r of decoded.loadGeometry()) expect(r.length).toBeGreaterThanOrEqual(4);
      }
    }), { numRuns: 200 });
  });
});

describe('tiles indexed ahead (tile-api preload / activate)', () => {
  // One 10° square building: whole at zoom 0, where smaller footprints are left out.
  const square = (id: string, x: number) => buildBuildingBuffers([{ type: 'Feature', properties: { id, floors: 3 }, geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 10, 30], [x + 10, 40], [x, 40], [x, 30]]] } }] as never);

  it('draws a preloaded set only once activated by its own token', async () => {
    const { tileApi } = await import('./tile-api');
    const one = square('old', 120);
    const two = square('new', 120);
    tileApi.load('buildings', one);
    const before = tileApi.tile('buildings', 0, 0, 0);
    tileApi.preload('buildings', 'import-2', two);
    expect(tileApi.tile('buildings', 0, 0, 0)).toEqual(before); // still the loaded set
    expect(tileApi.activate('buildings', 'import-1')).toBe(false);
    expect(tileApi.tile('buildings', 0, 0, 0)).toEqual(before);
    expect(tileApi.activate('buildings', 'import-2')).toBe(true);
    const after = tileApi.tile('buildings', 0, 0, 0);
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    expect(tileApi.activate('buildings', 'import-2')).toBe(false); // taken
  });

  it('drops a preloaded set when its import is cancelled, and keeps drawing the loaded one', async () => {
    const { tileApi } = await import('./tile-api');
    const one = square('old', 120);
    const two = square('new', 140);
    tileApi.load('buildings', one);
    const before = tileApi.tile('buildings', 0, 0, 0);
    tileApi.preload('buildings', 'import-3', two);
    tileApi.discardPending();
    expect(tileApi.activate('buildings', 'import-3')).toBe(false);
    expect(tileApi.tile('buildings', 0, 0, 0)).toEqual(before);
  });
});

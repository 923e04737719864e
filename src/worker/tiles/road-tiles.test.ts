import { describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import fc from 'fast-check';
import { mercatorX, mercatorY } from './building-buffers';
import { TILE_EXTENT } from './building-tiles';
import { buildRoadBuffers, type RoadLike } from './road-buffers';
import { RoadTiles, ROADS_SOURCE_LAYER } from './road-tiles';

/** The latitude whose Mercator y is 0.25 (a quarter down the world): atan(sinh(π/2)) ≈ 66.51°. */
const LAT_QUARTER = (Math.atan(Math.sinh(Math.PI / 2)) * 180) / Math.PI;
const OPTIONS = { mainWidthM: 12, mainOnlyBelowZoom: 13, defaultWidthM: 4 };

const road = (id: string, coordinates: number[][] | number[][][], widthM?: number): RoadLike => ({
  properties: widthM === undefined ? { id } : { id, widthM },
  geometry: { type: typeof coordinates[0][0] === 'number' ? 'LineString' : 'MultiLineString', coordinates },
});
const tilesOf = (...roads: RoadLike[]) => new RoadTiles(buildRoadBuffers(roads), OPTIONS);

/** [lon, lat] of the point at tile units (tx, ty) of tile z/x/y (inverse Web Mercator). */
function lonLat(z: number, x: number, y: number, tx: number, ty: number): number[] {
  const world = 2 ** z * TILE_EXTENT;
  const my = (y * TILE_EXTENT + ty) / world;
  return [((x * TILE_EXTENT + tx) / world) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI];
}
/** The tile z/x/y holding (lon, lat). */
const tileAt = (z: number, lon: number, lat: number) => [z, Math.floor(mercatorX(lon) * 2 ** z), Math.floor(mercatorY(lat) * 2 ** z)] as const;

function decode(bytes: Uint8Array) {
  const layer = new VectorTile(new PbfReader(bytes)).layers[ROADS_SOURCE_LAYER];
  if (!layer) return [];
  return Array.from({ length: layer.length }, (_, i) => {
    const feature = layer.feature(i);
    const parts = feature.loadGeometry().map((part) => part.map((p) => [p.x, p.y]));
    return { id: feature.id, type: feature.type, extent: feature.extent, properties: feature.properties, parts };
  });
}

// Hangzhou, zoom 16: a road's tile there, its points placed in that tile's units.
const [Z, X, Y] = tileAt(16, 120.15, 30.27);
const here = (points: number[][]) => points.map(([tx, ty]) => lonLat(Z, X, Y, tx, ty));

describe('road tiles', () => {
  it('puts a line where hand-worked Mercator maths says, as an MVT LineString with its properties', () => {
    // lon 45…90 is x 0.625…0.75 of the world: at z1, tile x = 1 covers 0.5…1, so 1024…2048 units;
    // LAT_QUARTER is y 0.25 (2048 units) and lat 0 is y 0.5 (4096, the tile's bottom edge).
    expect(mercatorY(LAT_QUARTER)).toBeCloseTo(0.25, 12);
    const tiles = tilesOf(road('R1', [[45, LAT_QUARTER], [90, LAT_QUARTER], [90, 0]], 18.456));
    expect(decode(tiles.tile(1, 1, 0))).toEqual([{
      id: 1, type: 2, extent: 4096,
      properties: { id: 'R1', widthM: 18.46 }, // 18.456 as a float32 (18.4559994), to 2 decimals
      parts: [[[1024, 2048], [2048, 2048], [2048, 4096]]],
    }]);
    // The tile below gets the last segment's final 64 units, from its buffer edge y = −64 down to 0.
    expect(tiles.featuresIn(1, 1, 1)).toEqual([0]);
    expect(decode(tiles.tile(1, 1, 1))[0].parts).toEqual([[[2048, -64], [2048, 0]]]);
    // Tile x = 0 ends at 4096 + 64 units, the line starts at 1024 + 4096.
    expect(tiles.featuresIn(1, 0, 0)).toEqual([]);
    expect(tiles.tile(1, 0, 0)).toEqual(new Uint8Array(0));
  });

  it('clips a line crossing the tile at exactly −64 and 4160, interpolating y', () => {
    // (−4096, 1000) → (8192, 4000): dy/dx = 3000 / 12288. At x = −64, t = 4032 / 12288 = 0.328125 and
    // y = 1000 + 984.375 = 1984.375 → 1984; at x = 4160, t = 8256 / 12288 = 0.671875, y = 3015.625 → 3016.
    const tiles = tilesOf(road('L', here([[-4096, 1000], [8192, 4000]])));
    const [feature] = decode(tiles.tile(Z, X, Y));
    expect(feature.properties).toEqual({ id: 'L' });
    expect(feature.parts).toEqual([[[-64, 1984], [4160, 3016]]]);
  });

  it('clips across a corner, entering and leaving by different edges', () => {
    // (−200, 4000) → (200, 4400), slope 1: enters at x = −64 (y = 4136), leaves at y = 4160 (x = −40).
    const tiles = tilesOf(road('C', here([[-200, 4000], [200, 4400]])));
    expect(decode(tiles.tile(Z, X, Y))[0].parts).toEqual([[[-64, 4136], [-40, 4160]]]);
  });

  it('makes two parts of a line that leaves the tile and comes back, the cursor carried across parts', () => {
    const out = road('U', here([[1000, 1000], [1000, 6000], [3000, 6000], [3000, 1000]]));
    expect(decode(tilesOf(out).tile(Z, X, Y))[0].parts).toEqual([[[1000, 1000], [1000, 4160]], [[3000, 4160], [3000, 1000]]]);
    const multi = road('M', [here([[100, 100], [200, 100]]), here([[300, 300], [400, 500]])]);
    expect(decode(tilesOf(multi).tile(Z, X, Y))[0].parts).toEqual([[[100, 100], [200, 100]], [[300, 300], [400, 500]]]);
  });

  it('leaves out a line beyond the buffered box, and one whose box meets it but whose segment does not', () => {
    // x ≥ 4200 is past 4160. The second runs (4100, −3000) → (9000, 1000): at x = 4160 it is at
    // y = −3000 + 4000 × 60 / 4900 ≈ −2951, above −64, so nothing of it is inside.
    const tiles = tilesOf(road('far', here([[4200, 0], [5000, 4000]])), road('near', here([[4100, -3000], [9000, 1000]])));
    expect(tiles.featuresIn(Z, X, Y)).toEqual([1]);
    expect(tiles.tile(Z, X, Y)).toEqual(new Uint8Array(0));
  });

  it('keeps only the main roads (≥ 12 m, no width counting as 4 m) below zoom 13', () => {
    const line = (dy: number) => [[120.15, 30.27 + dy], [120.152, 30.27 + dy]];
    const tiles = tilesOf(
      road('lane', line(0), 4), road('arterial', line(0.0002), 20), road('unknown', line(0.0004)),
      road('just-under', line(0.0006), 11.99), road('rounds-to-12', line(0.0008), 11.996),
    );
    const ids = (z: number) => decode(tiles.tile(...tileAt(z, 120.15, 30.27))).map((f) => f.properties.id);
    // 11.996 is written as 12.00 (2 decimals), which the style's filter reads as a main road.
    expect(ids(12)).toEqual(['arterial', 'rounds-to-12']);
    expect(ids(13)).toEqual(['lane', 'arterial', 'unknown', 'just-under', 'rounds-to-12']);
    // featuresIn does not filter: it is the box search.
    expect(tiles.featuresIn(...tileAt(12, 120.15, 30.27))).toEqual([0, 1, 2, 3, 4]);
    expect(decode(tilesOf(road('default', line(0))).tile(...tileAt(12, 120.15, 30.27)))).toEqual([]);
    const wide = new RoadTiles(buildRoadBuffers([road('default', line(0))]), { ...OPTIONS, defaultWidthM: 12 });
    expect(decode(wide.tile(...tileAt(12, 120.15, 30.27)))).toHaveLength(1);
  });

  it('drops points repeated after rounding, and a line that rounds to one point', () => {
    // All 20 m wide: main roads, in the tiles at z1.
    // 0.0001° of longitude at z1 is 0.0001 / 360 × 8192 ≈ 0.0023 units: rounds onto 1024.
    const repeated = tilesOf(road('R', [[45, LAT_QUARTER], [45.0001, LAT_QUARTER], [90, LAT_QUARTER]], 20));
    expect(decode(repeated.tile(1, 1, 0))[0].parts).toEqual([[[1024, 2048], [2048, 2048]]]);
    // 0.001° is 0.023 units at z1 (one point, not written) but 0.001 / 360 × 2^28 ≈ 745.65 at z16,
    // in tile 40960 (x 0.625 × 2^16) / 16384 (y 0.25 × 2^16), from its corner.
    const tiny = [[45, LAT_QUARTER], [45.001, LAT_QUARTER]];
    const tiles = tilesOf(road('tiny', tiny, 20), road('long', [[45, 0], [90, 0]], 20));
    expect(decode(tiles.tile(1, 1, 0)).map((f) => [f.id, f.properties.id])).toEqual([[2, 'long']]);
    expect(tilesOf(road('tiny', tiny, 20)).tile(1, 1, 0)).toEqual(new Uint8Array(0));
    expect(decode(tiles.tile(16, 40960, 16384))[0].parts).toEqual([[[0, 0], [746, 0]]]);
  });

  it('never throws, stays within the buffered box and writes parts of two distinct points or more (property)', () => {
    const point = fc.tuple(fc.double({ min: 120, max: 120.3, noNaN: true }), fc.double({ min: 30, max: 30.3, noNaN: true }));
    const line = fc.array(point, { minLength: 2, maxLength: 8 });
    const feature = fc.oneof(line.map((l) => road('P', l, 20)), fc.array(line, { minLength: 1, maxLength: 3 }).map((parts) => road('P', parts, 20)));
    fc.assert(fc.property(fc.array(feature, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 16 }), (features, z) => {
      const tiles = tilesOf(...features);
      const first = (features[0].geometry!.coordinates as number[][] | number[][][]).flat(2) as number[];
      for (const decoded of decode(tiles.tile(...tileAt(z, first[0], first[1])))) {
        expect(decoded.type).toBe(2);
        for (const part of decoded.parts) {
          expect(part.length).toBeGreaterThanOrEqual(2);
          part.forEach(([x, y], i) => {
            expect(x).toBeGreaterThanOrEqual(-64);
            expect(x).toBeLessThanOrEqual(4160);
            expect(y).toBeGreaterThanOrEqual(-64);
            expect(y).toBeLessThanOrEqual(4160);
            if (i > 0) expect([x, y]).not.toEqual(part[i - 1]);
          });
        }
      }
    }), { numRuns: 300 });
  });
});

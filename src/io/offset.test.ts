import { readFileSync } from 'node:fs';
import gcoord from 'gcoord';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDatumOffset, vertexCount, vertexSample } from './offset';

const communities = JSON.parse(readFileSync(new URL('../../data/demo/communities.geojson', import.meta.url), 'utf8')) as FeatureCollection;
const original = vertexSample(communities.features.map((f) => f.geometry));
const to = (crs: typeof gcoord.GCJ02 | typeof gcoord.BD09) => (p: Position) => gcoord.transform([p[0], p[1]] as [number, number], gcoord.WGS84, crs) as Position;
const metres = (dLon: number, dLat: number, lat = 30.3): [number, number] => [dLon * 111_320 * Math.cos((lat * Math.PI) / 180), dLat * 110_574];

describe('detectDatumOffset', () => {
  it('recognises the demo communities moved to GCJ-02 against the originals', () => {
    const result = detectDatumOffset(original.map(to(gcoord.GCJ02)), original);
    expect(result.likely).toBe('gcj02');
    // In Hangzhou the GCJ-02 offset is some hundreds of metres towards the east-south-east
    // (not north-east as often said: the direction depends on the place).
    expect(result.shiftM).toBeGreaterThan(300);
    expect(result.shiftM).toBeLessThan(700);
    expect(result.bearingDeg).toBeGreaterThan(100);
    expect(result.bearingDeg).toBeLessThan(140);
    expect(result.messageZh).toContain('GCJ-02');
    expect(result.messageZh).toContain(`约偏移 ${Math.round(result.shiftM)} m`);
    expect(result.message).toContain('Convert GCJ-02 → WGS84?');
  });

  it('recognises BD-09, which is farther than GCJ-02', () => {
    const result = detectDatumOffset(original.map(to(gcoord.BD09)), original);
    expect(result.likely).toBe('bd09');
    expect(result.shiftM).toBeGreaterThan(detectDatumOffset(original.map(to(gcoord.GCJ02)), original).shiftM);
    expect(result.messageZh).toContain('百度');
  });

  it('says nothing for data in place, or only jittered by a few metres', () => {
    expect(detectDatumOffset(original, original)).toMatchObject({ likely: null, shiftM: 0 });
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);
    const jittered = original.map((p) => [p[0] + random() * 8e-5, p[1] + random() * 8e-5]);
    const result = detectDatumOffset(jittered, original);
    expect(result.likely).toBeNull();
    expect(result.shiftM).toBeLessThan(15);
  });

  it('still finds GCJ-02 in data traced a little differently (5 m noise) and covering only part of the area', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);
    const half = original.slice(0, original.length >> 1).map(to(gcoord.GCJ02)).map((p) => [p[0] + random() * 1e-4, p[1] + random() * 1e-4]);
    expect(detectDatumOffset(half, original).likely).toBe('gcj02');
  });

  it('does not take a shift of the same size in another direction for GCJ-02', () => {
    const gcj = detectDatumOffset(original.map(to(gcoord.GCJ02)), original);
    // The same length, turned by 90°: the vertices move as far, but not the way GCJ-02 moves them.
    const theta = ((gcj.bearingDeg + 90) * Math.PI) / 180;
    const dLon = (gcj.shiftM * Math.sin(theta)) / (111_320 * Math.cos((30.3 * Math.PI) / 180));
    const dLat = (gcj.shiftM * Math.cos(theta)) / 110_574;
    const turned = original.map((p) => [p[0] + dLon, p[1] + dLat]);
    expect(detectDatumOffset(turned, original).likely).toBeNull();
    // Sanity of the helper: the turned shift has the GCJ length.
    expect(Math.hypot(...metres(dLon, dLat))).toBeCloseTo(gcj.shiftM, 0);
  });

  it('cannot tell without reference data, or with no overlap, and says so', () => {
    const alone = detectDatumOffset(original.map(to(gcoord.GCJ02)), []);
    expect(alone.likely).toBeNull();
    expect(alone.messageZh).toContain('无法判断');
    const far = detectDatumOffset(original.map((p) => [p[0] + 1, p[1]]), original);
    expect(far.likely).toBeNull();
    expect(far.message).toMatch(/Too few/);
    const outside = detectDatumOffset([[2.35, 48.85]], original);
    expect(outside.likely).toBeNull();
  });

  it('samples vertices and counts them', () => {
    const geometries = communities.features.map((f) => f.geometry);
    expect(vertexCount(geometries)).toBe(original.length);
    expect(vertexSample(geometries, 10)).toHaveLength(10);
  });

  it('stops counting once past the limit it is given (the dialog only asks whether a file is over it)', () => {
    const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } as Geometry;
    let read = 0;
    function* many() {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield square;
      }
    }
    expect(vertexCount(many(), 5)).toBe(8);
    expect(read).toBe(2);
    read = 0;
    expect(vertexCount(many())).toBe(4000);
    expect(read).toBe(1000);
    expect(vertexCount([square, square], 8)).toBe(8);
  });

  it('skips malformed coordinates instead of throwing (the import dialog went blank on them before validation)', () => {
    const broken = [
      { type: 'Polygon', coordinates: null },
      { type: 'Polygon', coordinates: [5] },
      { type: 'Polygon' },
      { type: 'MultiPolygon', coordinates: [null, [[[120, 30], [120.1, 30], 'x', [120, 30.1]]]] },
      { type: 'Polygon', coordinates: [120.15, 30.27, 120.16, 30.28] },
      { type: 'GeometryCollection', geometries: null },
      { type: 'Nonsense', coordinates: [[1, 2]] },
    ] as unknown as Geometry[];
    expect(vertexCount(broken)).toBe(3);
    expect(vertexSample(broken)).toEqual([[120, 30], [120.1, 30], [120, 30.1]]);
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom('Point', 'LineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'), (coordinates, type) => {
      const geometry = { type, coordinates, geometries: coordinates } as unknown as Geometry;
      return vertexSample([geometry]).every((p) => typeof p[0] === 'number' && typeof p[1] === 'number');
    }));
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildBuildingBuffers, mercatorX, mercatorY } from './building-buffers';

type Ring = number[][];

/** The buffers' meaning, spelled out with plain arrays: the reference the typed-array pass must equal. */
function reference(features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[]) {
  const vertices: number[] = [];
  const ringStarts = [0];
  const ringIsOuter: number[] = [];
  const featureRingStarts = [0];
  const bboxes: number[] = [];
  for (const feature of features) {
    const polygons = (feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates) as Ring[][];
    const outer: number[][] = [];
    for (const polygon of polygons) {
      polygon.forEach((ring, r) => {
        const closed = ring.length > 1 && ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1];
        for (const [lon, lat] of closed ? ring.slice(0, -1) : ring) {
          vertices.push(mercatorX(lon), mercatorY(lat));
          if (r === 0) outer.push([mercatorX(lon), mercatorY(lat)]);
        }
        ringStarts.push(vertices.length / 2);
        ringIsOuter.push(r === 0 ? 1 : 0);
      });
    }
    featureRingStarts.push(ringIsOuter.length);
    const xs = outer.map((p) => p[0]);
    const ys = outer.map((p) => p[1]);
    bboxes.push(...(outer.length ? [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] : [NaN, NaN, NaN, NaN]));
  }
  return { vertices, ringStarts, ringIsOuter, featureRingStarts, bboxes };
}

const feature = (coordinates: Ring[] | Ring[][], multi = false, properties: Record<string, unknown> = {}) => ({
  type: 'Feature' as const,
  properties,
  geometry: { type: multi ? 'MultiPolygon' : 'Polygon', coordinates },
});

describe('building buffers', () => {
  it('drops only a closing vertex equal to the first, and keeps holes apart from the outer ring', () => {
    const buffers = buildBuildingBuffers([
      feature([[[120, 30], [120.001, 30], [120.001, 30.001], [120, 30]], [[120.0002, 30.0002], [120.0004, 30.0002], [120.0003, 30.0004]]], false, { id: 7, floors: 6 }),
      feature([[[[121, 29], [121.001, 29], [121, 29.001]]], [[[121.01, 29], [121.011, 29], [121.01, 29.001], [121.01, 29]]]], true, { heightM: 12 }),
    ]);
    expect(buffers.count).toBe(2);
    expect(buffers.ids).toEqual(['7', '']);
    expect(Array.from(buffers.floors)).toEqual([6, NaN]);
    expect(Array.from(buffers.heights)).toEqual([NaN, 12]);
    expect(Array.from(buffers.ringStarts)).toEqual([0, 3, 6, 9, 12]);
    expect(Array.from(buffers.ringIsOuter)).toEqual([1, 0, 1, 1]);
    expect(Array.from(buffers.featureRingStarts)).toEqual([0, 2, 4]);
    expect(buffers.vertices.length).toBe(24);
    expect(buffers.vertices[0]).toBe(mercatorX(120));
    expect(buffers.vertices[1]).toBe(mercatorY(30));
  });

  it('equals the plain flattening for any footprints, also past the buffers\' first sizes (property)', () => {
    const point = fc.tuple(fc.double({ min: 119, max: 122, noNaN: true }), fc.double({ min: 28, max: 31, noNaN: true }));
    const ring = fc.tuple(fc.array(point, { minLength: 0, maxLength: 9 }), fc.boolean()).map(([points, close]) => (close && points.length ? [...points, points[0]] : points));
    const polygon = fc.array(ring, { minLength: 0, maxLength: 3 });
    const building = fc.oneof(polygon.map((rings) => feature(rings)), fc.array(polygon, { maxLength: 3 }).map((parts) => feature(parts, true)));
    // A 40,000-vertex ring and 5,000 small ones outgrow the first vertex and ring arrays.
    const long = feature([Array.from({ length: 40_000 }, (_, i) => [120 + Math.cos(i) / 100, 30 + Math.sin(i) / 100])]);
    const many = Array.from({ length: 5_000 }, (_, i) => feature([[[120 + i / 1e4, 30], [120 + i / 1e4, 30.001], [120.0001 + i / 1e4, 30]]]));
    fc.assert(fc.property(fc.array(building, { maxLength: 12 }), fc.constantFrom<unknown[]>([], [long], many), (features, extra) => {
      const all = [...features, ...(extra as typeof features)];
      const buffers = buildBuildingBuffers(all);
      const expected = reference(all);
      expect(Array.from(buffers.vertices)).toEqual(expected.vertices);
      expect(Array.from(buffers.ringStarts)).toEqual(expected.ringStarts);
      expect(Array.from(buffers.ringIsOuter)).toEqual(expected.ringIsOuter);
      expect(Array.from(buffers.featureRingStarts)).toEqual(expected.featureRingStarts);
      expect(Array.from(buffers.bboxes)).toEqual(expected.bboxes);
    }), { numRuns: 60 });
  });
});

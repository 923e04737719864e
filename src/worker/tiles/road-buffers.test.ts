import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mercatorX, mercatorY } from './building-buffers';
import { buildRoadBuffers, roadTransferables, type RoadLike } from './road-buffers';

type Line = number[][];

const road = (type: string, coordinates: unknown, properties: Record<string, unknown> | null = {}): RoadLike => ({
  properties,
  geometry: { type, coordinates },
});

/** The buffers' meaning, spelled out with plain arrays: the reference the typed-array pass must equal. */
function reference(features: RoadLike[]) {
  const vertices: number[] = [];
  const lineStarts = [0];
  const featureLineStarts = [0];
  const bboxes: number[] = [];
  for (const feature of features) {
    const { type, coordinates } = feature.geometry!;
    const lines = (type === 'LineString' ? [coordinates] : type === 'MultiLineString' ? coordinates : []) as Line[];
    const points: number[][] = [];
    for (const line of lines.filter((l) => l.length >= 2)) {
      for (const [lon, lat] of line) {
        vertices.push(mercatorX(lon), mercatorY(lat));
        points.push([mercatorX(lon), mercatorY(lat)]);
      }
      lineStarts.push(vertices.length / 2);
    }
    featureLineStarts.push(lineStarts.length - 1);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    bboxes.push(...(points.length ? [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] : [NaN, NaN, NaN, NaN]));
  }
  return { vertices, lineStarts, featureLineStarts, bboxes };
}

describe('road buffers', () => {
  it('flattens a LineString, a two-part MultiLineString and a Point into lines, boxes, widths and ids', () => {
    const buffers = buildRoadBuffers([
      road('LineString', [[120, 30], [120.01, 30], [120.01, 30.02]], { id: 7, widthM: 20 }),
      road('MultiLineString', [[[121, 29], [121.5, 29.5]], [[120.5, 29.8], [120.6, 29.9], [120.7, 29.7]]], { id: 'R2' }),
      road('Point', [120, 30], { id: 'P', widthM: 8 }),
    ]);
    expect(buffers.count).toBe(3);
    expect(buffers.ids).toEqual(['7', 'R2', 'P']);
    expect(Array.from(buffers.widths)).toEqual([20, NaN, 8]);
    // Line 0: vertices 0–2; the multi's parts: 3–4 and 5–7; the point has none.
    expect(Array.from(buffers.lineStarts)).toEqual([0, 3, 5, 8]);
    expect(Array.from(buffers.featureLineStarts)).toEqual([0, 1, 3, 3]);
    expect(buffers.vertices.length).toBe(16);
    expect(buffers.vertices[0]).toBe(mercatorX(120));
    expect(buffers.vertices[1]).toBe(mercatorY(30));
    // Mercator y grows southward: the box's minY is the northernmost latitude.
    expect(Array.from(buffers.bboxes.slice(0, 4))).toEqual([mercatorX(120), mercatorY(30.02), mercatorX(120.01), mercatorY(30)]);
    expect(Array.from(buffers.bboxes.slice(4, 8))).toEqual([mercatorX(120.5), mercatorY(29.9), mercatorX(121.5), mercatorY(29)]);
    expect(Array.from(buffers.bboxes.slice(8))).toEqual([NaN, NaN, NaN, NaN]);
    // (120 + 180) / 360 = 5/6: the flattening is in Mercator units, not degrees.
    expect(buffers.vertices[0]).toBeCloseTo(5 / 6, 15);
  });

  it('skips lines under two positions, null geometry and properties, and widths that are not finite numbers', () => {
    const buffers = buildRoadBuffers([
      road('MultiLineString', [[[120, 30]], [], [[120, 30], [120.1, 30]]], { widthM: '12' }),
      road('LineString', [[120, 30]], { widthM: Infinity }),
      { geometry: null, properties: null },
      road('Polygon', [[[120, 30], [121, 30], [121, 31], [120, 30]]], { widthM: 9.5 }),
    ]);
    expect(Array.from(buffers.lineStarts)).toEqual([0, 2]);
    expect(Array.from(buffers.featureLineStarts)).toEqual([0, 1, 1, 1, 1]);
    expect(Array.from(buffers.widths)).toEqual([NaN, NaN, NaN, 9.5]);
    expect(buffers.ids).toEqual(['', '', '', '']);
    expect(Array.from(buffers.bboxes.slice(4))).toEqual(new Array(12).fill(NaN));
  });

  it('transfers every typed array\'s buffer, exactly sized', () => {
    const buffers = buildRoadBuffers([road('LineString', [[120, 30], [121, 31]])]);
    const transferred = roadTransferables(buffers);
    expect(transferred).toHaveLength(5);
    expect(new Set(transferred).size).toBe(5);
    expect(transferred).toContain(buffers.vertices.buffer);
    expect(buffers.vertices.buffer.byteLength).toBe(4 * 8);
    expect(buffers.lineStarts.buffer.byteLength).toBe(2 * 4);
  });

  it('equals the plain flattening for any roads, also past the buffers\' first sizes (property)', () => {
    const point = fc.tuple(fc.double({ min: 119, max: 122, noNaN: true }), fc.double({ min: 28, max: 31, noNaN: true }));
    const line = fc.array(point, { minLength: 0, maxLength: 6 });
    const feature = fc.oneof(
      line.map((l) => road('LineString', l)),
      fc.array(line, { maxLength: 3 }).map((parts) => road('MultiLineString', parts)),
      point.map((p) => road('Point', p)),
    );
    // A 40,000-vertex line and 5,000 short ones outgrow the first vertex and line arrays.
    const long = road('LineString', Array.from({ length: 40_000 }, (_, i) => [120 + Math.cos(i) / 100, 30 + Math.sin(i) / 100]));
    const many = Array.from({ length: 5_000 }, (_, i) => road('LineString', [[120 + i / 1e4, 30], [120 + i / 1e4, 30.001]]));
    fc.assert(fc.property(fc.array(feature, { maxLength: 12 }), fc.constantFrom<RoadLike[]>([], [long], many), (features, extra) => {
      const all = [...features, ...extra];
      const buffers = buildRoadBuffers(all);
      const expected = reference(all);
      expect(Array.from(buffers.vertices)).toEqual(expected.vertices);
      expect(Array.from(buffers.lineStarts)).toEqual(expected.lineStarts);
      expect(Array.from(buffers.featureLineStarts)).toEqual(expected.featureLineStarts);
      expect(Array.from(buffers.bboxes)).toEqual(expected.bboxes);
    }), { numRuns: 60 });
  });
});

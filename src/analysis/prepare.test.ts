import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Point, type Shape, shapeBBox } from './geometry/planar';
import { join } from 'node:path';
import { loadDataDir } from '../cli/data-dir';
import type { LayerSet } from '../model/types';
import { projectionForLayers } from './geometry/projection';
import { vertexBBox } from './prepare';
import type { BBox } from './geometry/planar';

const coordinate = fc.oneof(fc.constantFrom(0, -0, Infinity, NaN), fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const point = fc.tuple(coordinate, coordinate).map(([x, y]): Point => [x, y]);
const path = fc.array(point, { minLength: 0, maxLength: 6 });
const shape: fc.Arbitrary<Shape> = fc.oneof(
  point.map((p): Shape => ({ type: 'point', coordinates: p })),
  fc.array(path, { maxLength: 3 }).map((lines): Shape => ({ type: 'line', coordinates: lines })),
  fc.array(fc.array(path, { maxLength: 3 }), { maxLength: 3 }).map((polygons): Shape => ({ type: 'polygon', coordinates: polygons })),
);

describe('prepare', () => {
  it('vertexBBox is the kernel shapeBBox bit for bit (zeros, NaN, Infinity and one-point paths included)', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const mine = vertexBBox(s);
        const kernel = shapeBBox(s);
        expect(mine.every((v, i) => Object.is(v, kernel[i]))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  const lonLat = fc.tuple(fc.oneof(fc.constantFrom(0, -0, NaN, Infinity), fc.double({ min: 119, max: 122, noNaN: true })), fc.oneof(fc.constantFrom(0, -0, NaN), fc.double({ min: 29, max: 31, noNaN: true })));
  const geometry: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    any: fc.oneof(
      { maxDepth: 2 },
      fc.constant(null),
      lonLat.map((p) => ({ type: 'Point', coordinates: p })),
      fc.array(lonLat, { maxLength: 4 }).map((c) => ({ type: 'LineString', coordinates: c })),
      fc.array(fc.array(lonLat, { maxLength: 5 }), { maxLength: 2 }).map((c) => ({ type: 'Polygon', coordinates: c })),
      fc.array(tie('any'), { maxLength: 3 }).map((g) => ({ type: 'GeometryCollection', geometries: (g as unknown[]).filter((x) => x !== null) })),
    ),
  })).any;
  const layerSet = fc.array(fc.array(geometry, { maxLength: 4 }), { maxLength: 3 }).map((layers) =>
    Object.fromEntries(layers.map((features, i) => [['communities', 'roads', 'idleLand'][i], { type: 'FeatureCollection', features: features.map((g) => ({ type: 'Feature', properties: {}, geometry: g })) }])) as LayerSet,
  );

  /** The plain reading of §3.6: the centre of the box of every finite position, walked naively. */
  function naiveCentre(layers: LayerSet): [number, number] {
    const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    const visit = (coordinates: unknown): void => {
      if (!Array.isArray(coordinates)) return;
      if (typeof coordinates[0] === 'number') {
        const [x, y] = coordinates as number[];
        if (!Number.isFinite(x) || !Number.isFinite(y)) return;
        // Strict comparisons, as §3.6's box keeps the first of 0 and -0.
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
        return;
      }
      coordinates.forEach(visit);
    };
    const geometry = (g: any): void => (g?.type === 'GeometryCollection' ? g.geometries.forEach(geometry) : visit(g?.coordinates));
    for (const collection of Object.values(layers)) for (const feature of collection?.features ?? []) geometry(feature.geometry);
    const [minX, minY, maxX, maxY] = Number.isFinite(box[0]) ? box : [120.15, 30.27, 120.15, 30.27];
    return [(minX + maxX) / 2, (minY + maxY) / 2];
  }

  it('projectionForLayers centres on the box of every position (same centre bit for bit as a naive walk)', () => {
    const same = (layers: LayerSet) => {
      const centre = projectionForLayers(layers).centre;
      const expected = naiveCentre(layers);
      expect(Object.is(centre[0], expected[0]) && Object.is(centre[1], expected[1])).toBe(true);
    };
    same(loadDataDir(join(import.meta.dirname, '../../data/demo')));
    same({});
    fc.assert(fc.property(layerSet, same), { numRuns: 2000 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Point, type Shape, shapeBBox } from './geometry/planar';
import { join } from 'node:path';
import { loadDataDir } from '../cli/data-dir';
import type { LayerSet } from '../model/types';
import { projectionForLayers } from './geometry/projection';
import { layersProjection, vertexBBox } from './prepare';

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

  it('layersProjection is projectionForLayers (same centre bit for bit)', () => {
    const same = (layers: LayerSet) => {
      const mine = layersProjection(layers);
      const kernel = projectionForLayers(layers);
      expect(mine.definition).toBe(kernel.definition);
      expect(Object.is(mine.centre[0], kernel.centre[0]) && Object.is(mine.centre[1], kernel.centre[1])).toBe(true);
    };
    same(loadDataDir(join(import.meta.dirname, '../../data/demo')));
    same({});
    fc.assert(fc.property(layerSet, same), { numRuns: 2000 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Point, type Shape, shapeBBox } from './geometry/planar';
import { vertexBBox } from './prepare';

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
});

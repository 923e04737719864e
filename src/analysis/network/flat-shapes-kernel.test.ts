import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Point, type Shape, shapeDistance } from '../geometry/planar';
import { flatSegments, flatShapeDistance } from './flat-shapes';

// Many-edged shapes at city coordinates (metres, far from the origin), so the box and
// squared-length bounds of the flat kernel skip most candidates: the minimum must not move.
const coordinate = fc.double({ min: 0, max: 400, noNaN: true }).map((v) => 250_000 + v);
const point = fc.tuple(coordinate, coordinate).map(([x, y]): Point => [x, y]);
const ring = fc.array(point, { minLength: 3, maxLength: 24 });
const shape: fc.Arbitrary<Shape> = fc.oneof(
  fc.array(fc.array(point, { minLength: 2, maxLength: 24 }), { minLength: 1, maxLength: 3 }).map((lines): Shape => ({ type: 'line', coordinates: lines })),
  fc.array(fc.array(ring, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((polygons): Shape => ({ type: 'polygon', coordinates: polygons })),
);

describe('flat shape distance kernel', () => {
  it('is shapeDistance bit for bit on many-edged shapes at city coordinates', () => {
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        expect(Object.is(flatShapeDistance(a, flatSegments(a), b, flatSegments(b)), shapeDistance(a, b))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

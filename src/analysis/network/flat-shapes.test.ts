import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointInMultiPolygon, type Point, pointSegmentDistance, segmentSegmentDistance, segmentsIntersect, type Shape, shapeDistance } from '../geometry/planar';
import { flatSegments, flatShapeDistance, pointInPolygons, segmentDistance, segmentsShare } from './flat-shapes';
import { flatPlaceSegmentDistance, forEachEdge, placePointDistance, placeSegmentDistance } from './place-geometry';

// Small integer grids make touching, collinear and degenerate cases common; doubles the rest.
const coordinate = fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double({ min: -50, max: 50, noNaN: true }));
const point = fc.tuple(coordinate, coordinate).map(([x, y]): Point => [x, y]);
const ring = fc.array(point, { minLength: 3, maxLength: 7 });
const shape: fc.Arbitrary<Shape> = fc.oneof(
  point.map((p): Shape => ({ type: 'point', coordinates: p })),
  fc.array(fc.array(point, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 2 }).map((lines): Shape => ({ type: 'line', coordinates: lines })),
  fc.array(fc.array(ring, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }).map((polygons): Shape => ({ type: 'polygon', coordinates: polygons })),
);

describe('flat shapes', () => {
  it('segmentDistance is segmentSegmentDistance bit for bit', () => {
    fc.assert(
      fc.property(point, point, point, point, (a, b, c, d) => {
        expect(Object.is(segmentDistance(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1]), segmentSegmentDistance(a, b, c, d))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('flatShapeDistance is shapeDistance bit for bit', () => {
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        expect(flatShapeDistance(a, flatSegments(a), b, flatSegments(b))).toBe(shapeDistance(a, b));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('segmentsShare', () => {
  it('is segmentsIntersect', () => {
    fc.assert(
      fc.property(point, point, point, point, (a, b, c, d) => {
        expect(segmentsShare(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1])).toBe(segmentsIntersect(a, b, c, d));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('flatPlaceSegmentDistance', () => {
  it('is placeSegmentDistance bit for bit', () => {
    fc.assert(
      fc.property(shape, point, point, (place, a, b) => {
        expect(flatPlaceSegmentDistance(place, flatSegments(place), a[0], a[1], b[0], b[1])).toBe(placeSegmentDistance(place, a, b));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('pointInPolygons', () => {
  it('is pointInMultiPolygon', () => {
    const polygons = fc.array(fc.array(ring, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(polygons, point, (multiPolygon, p) => {
        expect(pointInPolygons(p[0], p[1], multiPolygon)).toBe(pointInMultiPolygon(p, multiPolygon));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('placePointDistance', () => {
  /** The closure-based version it replaced, kept as the reference. */
  function reference(place: Shape, x: number, y: number): number {
    if (place.type === 'point') return Math.hypot(place.coordinates[0] - x, place.coordinates[1] - y);
    if (place.type === 'polygon' && pointInMultiPolygon([x, y], place.coordinates)) return 0;
    let best = Infinity;
    forEachEdge(place, (p, q) => {
      const d = pointSegmentDistance([x, y], p, q);
      if (d < best) best = d;
    });
    return best;
  }

  it('is the closure-based version bit for bit', () => {
    fc.assert(
      fc.property(shape, point, (place, p) => {
        expect(placePointDistance(place, p[0], p[1])).toBe(reference(place, p[0], p[1]));
      }),
      { numRuns: 3000 },
    );
  });
});

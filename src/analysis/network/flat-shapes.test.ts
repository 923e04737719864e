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

describe('distance to a shape with a part inside the other', () => {
  // Each part of a MultiPolygon or MultiLineString is tested: the first part lies far outside
  // the square, the second inside it, so they overlap (distance 0), not 40 m apart.
  const square: Shape = { type: 'polygon', coordinates: [[[[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]]] };
  const farThenInside: Shape = {
    type: 'polygon',
    coordinates: [[[[200, 0], [210, 0], [210, 10], [200, 10], [200, 0]]], [[[40, 40], [60, 40], [60, 60], [40, 60], [40, 40]]]],
  };
  const linesFarThenInside: Shape = { type: 'line', coordinates: [[[300, 0], [310, 0]], [[50, 50], [55, 55]]] };

  it.each([
    ['MultiPolygon', farThenInside],
    ['MultiLineString', linesFarThenInside],
  ])('%s in a polygon: 0 both ways, both kernels', (_, inner) => {
    expect(shapeDistance(inner, square)).toBe(0);
    expect(shapeDistance(square, inner)).toBe(0);
    expect(flatShapeDistance(inner, flatSegments(inner), square, flatSegments(square))).toBe(0);
    expect(flatShapeDistance(square, flatSegments(square), inner, flatSegments(inner))).toBe(0);
  });

  it('a polygon inside the second part of a MultiPolygon: 0', () => {
    const small: Shape = { type: 'polygon', coordinates: [[[[45, 45], [55, 45], [55, 55], [45, 55], [45, 45]]]] };
    const twoParts: Shape = { type: 'polygon', coordinates: [[[[500, 500], [510, 500], [510, 510], [500, 510], [500, 500]]], square.coordinates[0]] };
    expect(shapeDistance(small, twoParts)).toBe(0);
    expect(flatShapeDistance(small, flatSegments(small), twoParts, flatSegments(twoParts))).toBe(0);
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

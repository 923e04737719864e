/** The clipper-free buffer and convex clip agree with the kernel's polyclip versions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bufferShape, circleRing, intersectMultiPolygons } from '../geometry/clip';
import { multiPolygonArea, type Point } from '../geometry/planar';
import { clipConvex, closedHull, convexRing, openRingArea, protectedBuffer } from './buffers';

const rectangle = (x: number, y: number, w: number, h: number): Point[] => [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];

describe('protected buffers without a clipper', () => {
  it('a convex polygon buffer has the area of the kernel union, to float noise', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 50, noNaN: true }), fc.double({ min: 1, max: 50, noNaN: true }), fc.double({ min: 0.5, max: 20, noNaN: true }), (w, h, r) => {
        const shape = { type: 'polygon' as const, coordinates: [[rectangle(0, 0, w, h)]] };
        const fast = protectedBuffer(shape, r);
        const slow = bufferShape(shape, r);
        expect(fast.convex).toBe(true);
        // The kernel union keeps slivers where band corners poke past the 128-gon chords; ≤ 1e-3 relative.
        expect(Math.abs(multiPolygonArea(fast.value) - multiPolygonArea(slow.value))).toBeLessThan(1e-3 * multiPolygonArea(slow.value));
      }),
      { numRuns: 30 },
    );
  });

  it('convex clipping equals polyclip intersection', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: 1, max: 25, noNaN: true }), (cx, cy, r) => {
        const parcel = rectangle(0, 0, 40, 20);
        const circle = circleRing([cx, cy], r, 32);
        const fast = openRingArea(clipConvex(convexRing([[circle]])!, convexRing([[parcel]])!));
        const slow = intersectMultiPolygons([[parcel]], [[circle]]);
        fc.pre(!slow.failed); // polyclip gives up on some exactly degenerate touches; the convex clip does not
        expect(fast).toBeCloseTo(multiPolygonArea(slow.value), 6);
      }),
      { numRuns: 100 },
    );
  });

  it('clipping a non-convex ring by a convex window has the area polyclip finds', () => {
    // A star-shaped ring (radii vary by angle) is simple and usually non-convex.
    const star = fc.array(fc.double({ min: 5, max: 40, noNaN: true }), { minLength: 5, maxLength: 14 });
    fc.assert(
      fc.property(star, fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: -30, max: 30, noNaN: true }), (radii, x, y) => {
        const ring: Point[] = radii.map((r, i) => [r * Math.cos((2 * Math.PI * i) / radii.length), r * Math.sin((2 * Math.PI * i) / radii.length)]);
        ring.push(ring[0]);
        const window = rectangle(x, y, 25, 15);
        const slow = intersectMultiPolygons([[ring]], [[window]]);
        fc.pre(!slow.failed);
        expect(openRingArea(clipConvex(ring, convexRing([[window]])!))).toBeCloseTo(multiPolygonArea(slow.value), 6);
      }),
      { numRuns: 200 },
    );
  });

  it('hull of a square and its inner point is the square', () => {
    expect(closedHull([[0, 0], [2, 0], [2, 2], [0, 2], [1, 1]])).toEqual([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]);
  });
});

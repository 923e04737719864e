/** The clipper-free buffer and convex clip agree with the kernel's polyclip versions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bufferPieces, circleRing, intersectMultiPolygons } from '../geometry/clip';
import { differenceArea } from '../geometry/clipper';
import { multiPolygonArea, type Point, pointInMultiPolygon, shapeDistance } from '../geometry/planar';
import { clipConvex, closedHull, convexRing, openRingArea, protectedBufferPieces } from './buffers';

const rectangle = (x: number, y: number, w: number, h: number): Point[] => [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];

describe('protected buffers without a clipper', () => {
  it('a convex polygon buffer is one convex piece of the area worked out by hand', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 50, noNaN: true }), fc.double({ min: 1, max: 50, noNaN: true }), fc.double({ min: 0.5, max: 20, noNaN: true }), (w, h, r) => {
        const shape = { type: 'polygon' as const, coordinates: [[rectangle(0, 0, w, h)]] };
        const pieces = protectedBufferPieces(shape, r);
        expect(pieces.map((piece) => piece.convex)).toEqual([true]);
        // By hand: the rectangle, four bands and four quarter 128-gons, corners on the circle.
        const exact = w * h + 2 * r * (w + h) + 0.5 * 128 * r * r * Math.sin((2 * Math.PI) / 128);
        expect(multiPolygonArea(pieces[0].value)).toBeCloseTo(exact, 6);
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

  it('a non-convex footprint is the footprint and one convex stadium per edge, which together are its buffer', () => {
    // An L of 30 × 20 m with a 15 × 10 m notch, buffered by 10 m: area by hand = L area + 10 m
    // bands along its 60 + 40 = 100 m of edges, minus what overlaps in the notch, plus the arcs.
    const l: Point[] = [[0, 0], [30, 0], [30, 10], [15, 10], [15, 20], [0, 20], [0, 0]];
    const pieces = protectedBufferPieces({ type: 'polygon', coordinates: [[l]] }, 10);
    expect(pieces.map((piece) => piece.convex)).toEqual([false, true, true, true, true, true, true]);
    for (const piece of pieces.slice(1)) expect(convexRing(piece.value)).not.toBeNull();
    // Every point of a 1 m grid is inside some piece iff it lies within 10 m of the L (points
    // within 0.05 m of the 10 m line skipped: the 128-gons sit up to 3 mm inside the circle).
    const shape = { type: 'polygon' as const, coordinates: [[l]] };
    let checked = 0;
    for (let x = -12.5; x <= 42.5; x += 1) {
      for (let y = -12.5; y <= 32.5; y += 1) {
        const distance = shapeDistance({ type: 'point', coordinates: [x, y] }, shape);
        if (Math.abs(distance - 10) < 0.05) continue;
        expect(pieces.some((piece) => pointInMultiPolygon([x, y], piece.value)), `${x}, ${y}`).toBe(distance < 10);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('cuts a footprint the old band-and-disc union failed on', () => {
    // A 4 × 4 m square a few 1e-9 m off axis-parallel (as projection leaves it): polyclip threw
    // on the union of its bands and discs, so the object cut nothing. As the second part of a
    // MultiPolygon it went that way; bufferPieces is the path of every non-convex shape now.
    const square: Point[] = [[197.9930741602058, 143.00200695673615], [201.99307416238926, 143.00200695673615], [201.9930741615084, 147.00200695593836], [197.99307416062805, 147.00200695664648], [197.9930741602058, 143.00200695673615]];
    const pieces = bufferPieces({ type: 'polygon', coordinates: [[square]] }, 10);
    const parcel: Point[] = [[150, 100], [250, 100], [250, 200], [150, 200], [150, 100]];
    const usable = differenceArea([[parcel]], pieces.map((piece) => piece.value));
    // By hand: the square, four 4 m bands, and a full 128-gon of radius 10 at the corners.
    const buffer = 16 + 4 * 4 * 10 + 0.5 * 128 * 100 * Math.sin((2 * Math.PI) / 128);
    expect(usable).toBeCloseTo(10000 - buffer, 3);
  });

  it('hull of a square and its inner point is the square', () => {
    expect(closedHull([[0, 0], [2, 0], [2, 2], [0, 2], [1, 1]])).toEqual([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]);
  });
});

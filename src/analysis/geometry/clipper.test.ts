/** Clipper's booleans on hand-worked cases: overlapping cutters count once, holes stay holes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectionArea, intersectMultiPolygons } from './clip';
import { differenceArea, intersectionAreaOnGrid, unionPolygons } from './clipper';
import { multiPolygonArea, type PlanarMultiPolygon, type Ring, ringSignedArea } from './planar';

const square = (x: number, y: number, size: number, clockwise = false): Ring => {
  const ring: Ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
  return clockwise ? ring.reverse() : ring;
};

describe('differenceArea', () => {
  it('a star touching its cutter at a vertex: the 0.149 m² a 5 mm grid finds (polyclip threw)', () => {
    const subject: PlanarMultiPolygon = [[[[2, 0], [2.000000000002962, 6.155367074359622], [-1.6180339887498947, 1.1755705045849465], [-1.618033988749895, -1.175570504584946], [0.6180339887498945, -1.9021130325903073], [2, 0]]]];
    const cutter: PlanarMultiPolygon = [[[[2, 0], [4.1654661683557315, 7.214799040801379], [-2.3305766449365417, 4.036677159963504], [-2, 2.4492935982947064e-16], [-1.0000000000000009, -1.732050807568877], [1.0000000000000002, -1.7320508075688772], [2, 0]]]];
    expect(differenceArea(subject, [cutter])).toBeCloseTo(0.1489, 3);
  });

  it('a 10 m square minus two overlapping 4 m squares: 100 − (16 + 16 − 4)', () => {
    const cutters: PlanarMultiPolygon[] = [[[square(1, 1, 4)]], [[square(3, 3, 4)]]];
    expect(differenceArea([[square(0, 0, 10)]], cutters)).toBeCloseTo(72, 9);
  });

  it('cutters wound either way and reaching outside the subject', () => {
    const cutters: PlanarMultiPolygon[] = [[[square(-5, -5, 7, true)]], [[square(8, 8, 5)]]];
    // 2 × 2 at the corner (0,0), 2 × 2 at the corner (10,10).
    expect(differenceArea([[square(0, 0, 10)]], cutters)).toBeCloseTo(92, 9);
  });

  it("a cutter's hole is not cut, whichever way the file winds it", () => {
    for (const holeClockwise of [true, false]) {
      const ring = square(0, 0, 10);
      const frame: PlanarMultiPolygon = [[square(-1, -1, 12), square(2, 2, 6, holeClockwise)]];
      expect(differenceArea([[ring]], [frame]), `hole clockwise ${holeClockwise}`).toBeCloseTo(36, 9);
    }
  });

  it("the subject's hole stays a hole; no cutter gives the subject's area", () => {
    const withHole: PlanarMultiPolygon = [[square(0, 0, 10), square(4, 4, 2, true)]];
    expect(differenceArea(withHole, [])).toBeCloseTo(96, 9);
    expect(differenceArea(withHole, [[[square(0, 0, 5)]]])).toBeCloseTo(96 - 25 + 1, 9);
  });

  it('keeps 0.01 mm at city coordinates (a parcel 40 km from the projection centre)', () => {
    const far = square(40_000.123456, -38_000.654321, 30);
    const cut = square(40_010.123456, -37_990.654321, 10);
    expect(differenceArea([[far]], [[[cut]]])).toBeCloseTo(800, 6);
  });
});

describe('unionPolygons', () => {
  it('two overlapping squares: one ring of 16 + 16 − 4, counter-clockwise and closed', () => {
    const union = unionPolygons([[[square(0, 0, 4)]], [[square(2, 2, 4, true)]]]);
    expect(union).toHaveLength(1);
    expect(union[0]).toHaveLength(1);
    const ring = union[0][0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ringSignedArea(ring)).toBeCloseTo(28, 9);
  });

  it('a frame of four bars is one polygon with its hole; an island in the hole is its own polygon', () => {
    const bars: PlanarMultiPolygon[] = [
      [[[[0, 0], [10, 0], [10, 2], [0, 2], [0, 0]]]],
      [[[[0, 8], [10, 8], [10, 10], [0, 10], [0, 8]]]],
      [[[[0, 0], [2, 0], [2, 10], [0, 10], [0, 0]]]],
      [[[[8, 0], [10, 0], [10, 10], [8, 10], [8, 0]]]],
      [[square(4, 4, 2)]],
    ];
    const union = unionPolygons(bars);
    expect(union.map((polygon) => polygon.length).sort()).toEqual([1, 2]);
    expect(multiPolygonArea(union)).toBeCloseTo(100 - 36 + 4, 9);
  });

  it('nothing in, nothing out', () => {
    expect(unionPolygons([])).toEqual([]);
  });
});

describe('Clipper booleans on random rings (fast-check)', () => {
  // Star-shaped rings (radii vary by angle): simple, usually non-convex, at city coordinates.
  const star = fc
    .record({
      x: fc.double({ min: -20_000, max: 20_000, noNaN: true }),
      y: fc.double({ min: -20_000, max: 20_000, noNaN: true }),
      radii: fc.array(fc.double({ min: 2, max: 40, noNaN: true }), { minLength: 3, maxLength: 12 }),
    })
    .map(({ x, y, radii }): Ring => {
      const ring: Ring = radii.map((r, i) => [x + r * Math.cos((2 * Math.PI * i) / radii.length), y + r * Math.sin((2 * Math.PI * i) / radii.length)]);
      ring.push([ring[0][0], ring[0][1]]);
      return ring;
    });
  const near = (ring: Ring, dx: number, dy: number): Ring => ring.map(([x, y]) => [x + dx, y + dy]);

  it('never throw; the difference lies between 0 and the subject and is the union less the cutters; the union lies between its largest piece and their sum', () => {
    fc.assert(
      fc.property(star, fc.array(fc.tuple(star, fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: -30, max: 30, noNaN: true })), { maxLength: 4 }), (subjectRing, cutterSpecs) => {
        const subject: PlanarMultiPolygon = [[subjectRing]];
        // Cutters moved next to the subject, so that most overlap it.
        const cutters: PlanarMultiPolygon[] = cutterSpecs.map(([ring, dx, dy]) => {
          const [cx, cy] = ring[0];
          return [[near(ring, subjectRing[0][0] - cx + dx, subjectRing[0][1] - cy + dy)]];
        });
        const subjectArea = multiPolygonArea(subject);
        const left = differenceArea(subject, cutters);
        expect(left).toBeGreaterThanOrEqual(-1e-6);
        expect(left).toBeLessThanOrEqual(subjectArea + 1e-3);
        // S minus C is (S ∪ C) minus C, measured by the other operation. (polyclip is no
        // reference here: on shared vertices it threw, or answered 0 where 0.149 m² was left.)
        const pieces = [subject, ...cutters];
        const union = multiPolygonArea(unionPolygons(pieces));
        expect(Math.abs(left - (union - multiPolygonArea(unionPolygons(cutters))))).toBeLessThan(1e-3);
        const areas = pieces.map((piece) => multiPolygonArea(piece));
        expect(union).toBeGreaterThanOrEqual(Math.max(...areas) - 1e-3);
        expect(union).toBeLessThanOrEqual(areas.reduce((a, b) => a + b, 0) + 1e-3);
      }),
      { numRuns: 150 },
    );
  });
});

describe('intersectionArea', () => {
  it('answers where polyclip throws (the shared-vertex stars above): S ∩ C = S − (S − C)', () => {
    const subject: PlanarMultiPolygon = [[[[2, 0], [2.000000000002962, 6.155367074359622], [-1.6180339887498947, 1.1755705045849465], [-1.618033988749895, -1.175570504584946], [0.6180339887498945, -1.9021130325903073], [2, 0]]]];
    const cutter: PlanarMultiPolygon = [[[[2, 0], [4.1654661683557315, 7.214799040801379], [-2.3305766449365417, 4.036677159963504], [-2, 2.4492935982947064e-16], [-1.0000000000000009, -1.732050807568877], [1.0000000000000002, -1.7320508075688772], [2, 0]]]];
    expect(intersectMultiPolygons(subject, cutter).failed).toBe(true);
    expect(intersectionArea(subject, cutter)).toBeCloseTo(multiPolygonArea(subject) - 0.1489, 3);
  });

  it('is polyclip where polyclip works, and Clipper agrees: a 10 m square and a 4 m one half over its edge', () => {
    const a: PlanarMultiPolygon = [[square(0, 0, 10)]];
    const b: PlanarMultiPolygon = [[square(8, 3, 4)]];
    expect(intersectionArea(a, b)).toBe(multiPolygonArea(intersectMultiPolygons(a, b).value));
    expect(intersectionAreaOnGrid(a, b)).toBeCloseTo(8, 9);
  });
});

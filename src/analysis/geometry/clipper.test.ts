/** Clipper's booleans on hand-worked cases: overlapping cutters count once, holes stay holes. */
import { describe, expect, it } from 'vitest';
import { differenceArea, unionPolygons } from './clipper';
import { multiPolygonArea, type PlanarMultiPolygon, type Ring, ringSignedArea } from './planar';

const square = (x: number, y: number, size: number, clockwise = false): Ring => {
  const ring: Ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
  return clockwise ? ring.reverse() : ring;
};

describe('differenceArea', () => {
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

import { describe, expect, it } from 'vitest';
import type { Point, Ring } from '../geometry/planar';
import { minimumAreaRectangle, stairFacade, unitCount, unitFootprint } from './frame';

const rotate = (points: Point[], degrees: number): Point[] => {
  const a = (degrees * Math.PI) / 180;
  return points.map(([x, y]) => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)]);
};
const frameOf = (ring: Point[]) => minimumAreaRectangle([[ring]])!;
const xs = (ring: Ring) => ring.map((p) => p[0]);
const ys = (ring: Ring) => ring.map((p) => p[1]);

describe('frame', () => {
  it('recovers a rotated 36 × 10 rectangle', () => {
    const frame = frameOf(rotate([[0, 0], [36, 0], [36, 10], [0, 10]], 30));
    expect(frame.length).toBeCloseTo(36, 9);
    expect(frame.width).toBeCloseTo(10, 9);
  });

  it('puts a stepped footprint in its bounding rectangle; the corridor bridges to the frame side', () => {
    // Main block 36 × 10 with a 12 m wide stair bay poking 2 m north: frame is 36 × 12.
    const ring: Point[] = [[0, 0], [36, 0], [36, 10], [24, 10], [24, 12], [12, 12], [12, 10], [0, 10]];
    const frame = frameOf(ring);
    expect(frame.length).toBeCloseTo(36, 9);
    expect(frame.width).toBeCloseTo(12, 9);
    const facade = stairFacade(frame, 'north');
    expect(facade.start[1]).toBeCloseTo(12, 9);
    // Unit 1 of 3 sits at x = 6, where the wall is at y = 10: the footprint starts at the frame side y = 12.
    const footprint = unitFootprint(facade, 1, 3, 2.4, 3.9);
    expect(Math.min(...xs(footprint))).toBeCloseTo(4.8, 9);
    expect(Math.max(...xs(footprint))).toBeCloseTo(7.2, 9);
    expect(Math.min(...ys(footprint))).toBeCloseTo(12, 9);
    expect(Math.max(...ys(footprint))).toBeCloseTo(15.9, 9);
  });

  it('north–south building: stairSide north takes the short north side; east numbers from the south', () => {
    const frame = frameOf([[0, 0], [10, 0], [10, 36], [0, 36]]);
    const north = stairFacade(frame, 'north');
    expect(north.normal[1]).toBeCloseTo(1, 12);
    expect(north.start).toEqual([expect.closeTo(0, 9), expect.closeTo(36, 9)]);
    const count = unitCount(frame.length, 12, undefined);
    expect(count).toBe(3); // round(36 / 12): the frame's length, not the façade's
    const east = stairFacade(frame, 'east');
    expect(east.normal[0]).toBeCloseTo(1, 12);
    expect(east.start[1]).toBeCloseTo(0, 9); // south end first
    const unit1 = unitFootprint(east, 1, 3, 2.4, 3.9);
    expect(Math.min(...ys(unit1))).toBeCloseTo(4.8, 9);
    expect(Math.min(...xs(unit1))).toBeCloseTo(10, 9);
    expect(Math.max(...xs(unit1))).toBeCloseTo(13.9, 9);
  });

  it('square turned 45°: north-west and north-east tie, the west one wins', () => {
    const frame = frameOf([[0, -10], [10, 0], [0, 10], [-10, 0]]);
    const facade = stairFacade(frame, 'north');
    const midX = (facade.start[0] + facade.end[0]) / 2;
    expect(midX).toBeCloseTo(-5, 9);
    // Exactly 45°: numbered from the west end.
    expect(facade.start).toEqual([expect.closeTo(-10, 9), expect.closeTo(0, 9)]);
  });

  it('a rectangle turned exactly 45°: numbered from the west end of any side, whatever the rounding of |dx| against |dy|', () => {
    // Sizes from random scenes where the south-west side (stairSide south or west) came out a
    // hair more north–south than east–west and was numbered from its south end.
    for (const [length, depth] of [[19.647192429497064, 11.77530912082649], [44, 7.905509465430021], [18.271486324376944, 12.452780363876975], [30, 14]]) {
      for (const side of ['north', 'south', 'east', 'west'] as const) {
        const turned = stairFacade(frameOf(rotate([[0, 0], [length, 0], [length, depth], [0, depth]], 45).map(([x, y]) => [x + 2, y - 44] as Point)), side);
        expect(turned.start[0]).toBeLessThan(turned.end[0]);
      }
    }
    // Steeper than 45° the façade counts as north–south: from its south end.
    const steep = stairFacade(frameOf(rotate([[0, 0], [36, 0], [36, 10], [0, 10]], 120)), 'west');
    expect(steep.start[1]).toBeLessThan(steep.end[1]);
  });

  it('square turned 45°, stairSide east or west: the two tied sides share their midpoint x, the south one wins despite 3e-9 m of noise', () => {
    // lon/lat doubles carry ~1.5e-9 m of rounding at 120°E: the ends of the tied sides come back
    // a few 1e-9 m apart, and a 1e-9 m midpoint tie let that noise pick the northern side for
    // 62 of 384 diamonds in a scan of placements.
    const east = stairFacade(frameOf([[3e-9, -8], [8, 0], [0, 8], [-8, 0]]), 'east');
    expect(east.normal[1]).toBeLessThan(0);
    const west = stairFacade(frameOf([[0, -8], [8, 0], [-3e-9, 8], [-8, 0]]), 'west');
    expect(west.normal[1]).toBeLessThan(0);
  });

  it('axis-aligned square: the north side, units from its west end', () => {
    const facade = stairFacade(frameOf([[0, 0], [20, 0], [20, 20], [0, 20]]), 'north');
    expect(facade.start).toEqual([expect.closeTo(0, 9), expect.closeTo(20, 9)]);
    expect(facade.end).toEqual([expect.closeTo(20, 9), expect.closeTo(20, 9)]);
  });

  it('numbers units from the west end in equal shares', () => {
    const facade = stairFacade(frameOf([[0, 0], [36, 0], [36, 10], [0, 10]]), 'north');
    const centres = [1, 2, 3].map((unit) => {
      const ring = unitFootprint(facade, unit, 3, 2.4, 3.9);
      return (Math.min(...xs(ring)) + Math.max(...xs(ring))) / 2;
    });
    expect(centres.map((c) => Number(c.toFixed(9)))).toEqual([6, 18, 30]);
  });

  it('counts units: round half up, at least 1, the units field wins', () => {
    expect(unitCount(30, 12, undefined)).toBe(3); // 2.5 → 3
    expect(unitCount(29.9, 12, undefined)).toBe(2);
    expect(unitCount(5, 12, undefined)).toBe(1);
    expect(unitCount(36, 12, 5)).toBe(5);
  });

  it('footprints are counter-clockwise and closed', () => {
    const facade = stairFacade(frameOf(rotate([[0, 0], [36, 0], [36, 10], [0, 10]], 20)), 'south');
    const ring = unitFootprint(facade, 2, 3, 2.4, 3.9);
    expect(ring[0]).toEqual(ring[4]);
    let twiceArea = 0;
    for (let i = 0; i < 4; i++) twiceArea += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    expect(twiceArea / 2).toBeCloseTo(2.4 * 3.9, 9);
  });
});

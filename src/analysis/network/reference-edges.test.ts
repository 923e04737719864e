/**
 * Differential tests at each rule's edge (DESIGN §3.6): the engine's walking network against
 * the naive reference in test/reference (written from DESIGN alone), on hand-built planar
 * road graphs, each with its hand-worked distance. Agreement is to 1e-9 m.
 */
import { describe, expect, it } from 'vitest';
import { bothDistances, box, point, ring } from '../../../test/reference/compare';
import type { Place } from '../../../test/reference/place-distance';
import type { XY } from '../../../test/reference/walking-network';

/** Engine and reference agree (graph summaries too) and equal the hand-worked value. */
function expectDistance(lines: XY[][], a: Place, b: Place, expected: number): void {
  const both = bothDistances(lines, a, b);
  expect(both.engineGraph.slice(0, 3)).toEqual(both.referenceGraph.slice(0, 3));
  expect(both.engineGraph[3]).toBeCloseTo(both.referenceGraph[3], 9);
  if (expected === Infinity) {
    expect(both.reference).toBe(Infinity);
    expect(both.engine).toBe(Infinity);
  } else {
    expect(both.reference).toBeCloseTo(expected, 9);
    expect(Math.abs(both.engine - both.reference)).toBeLessThanOrEqual(1e-9);
  }
}

const slide = (least: number) => Math.sqrt((least + 0.01) ** 2 - least ** 2);

describe('vertex merging (0.5 m inclusive, chained)', () => {
  it('merges vertices exactly 0.5 m apart, along an axis and on a diagonal (0.3, 0.4)', () => {
    expectDistance([[[-1000, 0], [0, 0]], [[0.5, 0], [0.5, 1000]]], point(-1000, 0), point(0.5, 1000), 2000);
    expectDistance([[[-1000, 0], [0, 0]], [[0.3, 0.4], [0.3, 1000.4]]], point(-1000, 0), point(0.3, 1000.4), 2000);
  });

  it('does not merge vertices 0.5000001 m apart', () => {
    expectDistance([[[-1000, 0], [0, 0]], [[0.5000001, 0], [0.5000001, 1000]]], point(-1000, 0), point(0.5000001, 1000), Infinity);
  });

  it('chains merges: 0 ~ 0.5 ~ 1.0 is one node though its ends are 1 m apart', () => {
    const lines: XY[][] = [[[-1000, 0], [0, 0]], [[0.5, 0], [0.5, -600]], [[1, 0], [1, 1000]]];
    expectDistance(lines, point(-1000, 0), point(1, 1000), 2000);
    expect(bothDistances(lines, point(0, 0), point(0, 0)).referenceGraph[0]).toBe(4);
  });

  it('a segment whose ends merge through a chain is a self-loop that still counts in its part\'s length', () => {
    // 0.9 m segment from (0,0) to (0.9,0); a third line's vertex at (0.45, 0) merges both ends.
    const lines: XY[][] = [[[-600, 0], [0, 0], [0.9, 0], [400, 0]], [[0.45, 0], [0.45, 300]]];
    expectDistance(lines, point(-600, 0), point(400, 0), 999.1);
  });
});

describe('T-junctions (a line end within 0.5 m of another line between its vertices)', () => {
  it('splits at exactly 0.5 m and not at 0.5000001 m', () => {
    expectDistance([[[0, 0], [2000, 0]], [[1000, 0.5], [1000, 1500]]], point(1000, 1500), point(0, 0), 1499.5 + 1000);
    expectDistance([[[0, 0], [2000, 0]], [[1000, 0.5000001], [1000, 1500]]], point(1000, 1500), point(0, 0), Infinity);
  });

  it('a middle vertex within 0.5 m of another line is no junction, nor is a crossing (bridges)', () => {
    expectDistance([[[0, 0], [2000, 0]], [[1000, -1000], [1000, 0.3], [1000, 1000]]], point(0, 0), point(1000, 1000), Infinity);
    expectDistance([[[0, 0], [2000, 0]], [[1000, -1000], [1000, 1000]]], point(0, 0), point(1000, 1000), Infinity);
  });

  it('an end near two segments of a bent line splits both (both engine and reference read it so)', () => {
    // The bend at (100, 0) turns back toward (0, 5); the end (90, 0.3) is 0.3 m and 0.2 m from the legs, 10 m from the bend.
    const lines: XY[][] = [[[0, 0], [100, 0], [0, 5]], [[90, 0.3], [90, 600]]];
    expect(bothDistances(lines, point(0, 0), point(90, 600)).referenceGraph[2]).toBe(2);
    expectDistance(lines, point(0, 0), point(90, 600), 599.7 + 90);
  });
});

describe('dropping parts shorter than 1 km', () => {
  it('drops a 999 m part and keeps a 1,001 m part made of three lines', () => {
    const main: XY[] = [[0, 0], [2000, 0]];
    expectDistance([main, [[0, 300], [999, 300]]], point(500, 310), point(2000, 0), 310.01 + 1500 - slide(310));
    const pieces: XY[][] = [[[0, 300], [400, 300]], [[400, 300], [700, 300]], [[700, 300], [1001, 300]]];
    expectDistance([main, ...pieces], point(500, 310), point(2000, 0), Infinity);
  });

  it('keeps the longest part although it is under 1 km', () => {
    expectDistance([[[0, 0], [600, 0]], [[0, 100], [300, 100]]], point(300, 90), point(0, 0), 90.01 + 300 - slide(90));
  });

  it('keeps every part tied for longest when all are under 1 km', () => {
    expectDistance([[[0, 0], [500, 0]], [[0, 100], [500, 100]]], point(10, 10), point(10, 90), Infinity);
  });
});

describe('attachment', () => {
  const road: XY[][] = [[[0, 0], [2000, 0]]];

  it('measures a community with a hole from its hole\'s edges when the only road lies in the hole', () => {
    // Outer 300 × 300, hole x, y ∈ [100, 200]; the road (the only part, so kept) runs y = 150, x ∈ [120, 180].
    const holed: Place = { kind: 'polygon', polygons: [[[[0, 0], [300, 0], [300, 300], [0, 300], [0, 0]], [[100, 100], [200, 100], [200, 200], [100, 200], [100, 100]]]] };
    expectDistance([[[120, 150], [180, 150]]], holed, point(150, 150), 50);
    expectDistance([[[120, 150], [180, 150]]], holed, point(150, 155), 20 + 30 + 5.01 - slide(5));
  });

  it('attaches a place exactly 500 m away, not one 500.0000001 m away', () => {
    expectDistance(road, point(1000, 500), point(2000, 0), 500.01 + 1000 - slide(500));
    expectDistance(road, box(900, 500, 1100, 600), point(2000, 0), 500.01 + 900 - slide(500));
    expectDistance(road, point(1000, 500.0000001), point(2000, 0), Infinity);
  });

  it('attaches a community along a road through it, also a U-shaped one crossed twice', () => {
    expectDistance([[[0, 0], [700, 0], [2000, 0]]], box(500, -50, 600, 50), point(1500, 0), 900);
    // U open to the north: arms x ∈ [0, 100] and [300, 400]; the road y = 150 crosses both arms.
    const u = ring([[0, 0], [400, 0], [400, 200], [300, 200], [300, 100], [100, 100], [100, 200], [0, 200]]);
    expectDistance([[[-1000, 150], [1000, 150]]], u, point(200, 150), 100);
    expectDistance([[[-1000, 150], [1000, 150]]], u, point(200, 140), 110.01 - slide(10));
  });

  it('attaches along a road parallel to a community edge', () => {
    expectDistance([[[-1000, 0], [1000, 0]]], box(0, 30, 100, 130), point(500, 0), 30.01 + 400 - slide(30));
    // The facility between the stretch's ends: straight down and along, at no slide.
    expectDistance([[[-1000, 0], [1000, 0]]], box(0, 30, 100, 130), point(50, -5), 30 + 5);
  });

  it('finds the least over an overlap exactly when a place is not convex (a notch of millimetres along the road)', () => {
    // The site's south side runs 10.003 m, 10.008 m and 10 m from the road at x = 10, 50, 58;
    // the community's north edge runs 3 m south of it. They meet on the one edge, at x = 58: 13 m.
    const road: XY[][] = [[[-1000, 0], [1000, 0]]];
    const notched = ring([[10, 10.003], [50, 10.008], [58, 10], [58, 50], [10, 50]]);
    expectDistance(road, notched, box(-100, -103, 200, -3), 13);
    expectDistance(road, box(-100, -103, 200, -3), notched, 13);
  });
});

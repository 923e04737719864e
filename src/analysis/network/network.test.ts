import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point, Shape } from '../geometry/planar';
import { shapeDistance } from '../geometry/planar';
import { attachPlace, buildWalkingNetwork, DistanceField, networkDistance, withinIntervals } from './index';

const point = (x: number, y: number): Shape => ({ type: 'point', coordinates: [x, y] });
const square = (x0: number, y0: number, x1: number, y1: number): Shape => ({
  type: 'polygon',
  coordinates: [[[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]],
});

function distanceBetween(lines: Point[][], a: Shape, b: Shape): number {
  const network = buildWalkingNetwork(lines);
  return networkDistance(network, attachPlace(network, a), attachPlace(network, b));
}

describe('walking network graph', () => {
  it('merges vertices within 0.5 m, inclusive, and chains merges', () => {
    const lines: Point[][] = [
      [[-1000, 0], [0, 0]],
      [[0.5, 0], [0.5, 1000]], // exactly 0.5 m away: one node
    ];
    const network = buildWalkingNetwork(lines);
    expect(network.nodeCount).toBe(3);
    expect(distanceBetween(lines, point(-1000, 0), point(0.5, 1000))).toBeCloseTo(2000, 6);
    // Chains: 0 ~ 0.4 ~ 0.8 are one node although 0 and 0.8 are 0.8 m apart.
    const chained = buildWalkingNetwork([[[-1000, 0], [0, 0]], [[0.4, 0], [0.4, -600]], [[0.8, 0], [0.8, 1000]]]);
    expect(chained.nodeCount).toBe(4);
  });

  it('does not merge vertices 0.51 m apart', () => {
    const lines: Point[][] = [
      [[-1000, 0], [0, 0]],
      [[0.51, 0], [0.51, 1000]],
    ];
    expect(distanceBetween(lines, point(-1000, 0), point(0.51, 1000))).toBe(Infinity);
  });

  it('splits a line at a T-junction within 0.5 m of its interior', () => {
    const lines: Point[][] = [
      [[0, 0], [2000, 0]],
      [[1000, 0.4], [1000, 500]],
    ];
    const network = buildWalkingNetwork(lines);
    expect(network.stats.tJunctions).toBe(1);
    // 499.6 along the stem to its end, which is the split point, then 1000 m west.
    expect(distanceBetween(lines, point(1000, 500), point(0, 0))).toBeCloseTo(1499.6, 6);
    // A stem ending 0.6 m away does not meet the line.
    const apart: Point[][] = [[[0, 0], [2000, 0]], [[1000, 0.6], [1000, 1500]]];
    expect(distanceBetween(apart, point(1000, 1500), point(0, 0))).toBe(Infinity);
  });

  it('does not connect lines crossing without a shared vertex (a bridge)', () => {
    const lines: Point[][] = [
      [[0, 0], [2000, 0]],
      [[1000, -1000], [1000, 1000]],
    ];
    expect(distanceBetween(lines, point(0, 0), point(1000, 1000))).toBe(Infinity);
    // With a shared vertex they do meet.
    const joined: Point[][] = [[[0, 0], [1000, 0], [2000, 0]], [[1000, -1000], [1000, 0], [1000, 1000]]];
    expect(distanceBetween(joined, point(0, 0), point(1000, 1000))).toBeCloseTo(2000, 6);
  });

  it('drops parts shorter than 1 km before attaching, but always keeps the longest', () => {
    const lines: Point[][] = [
      [[0, 0], [2000, 0]],
      [[0, 300], [900, 300]], // a 900 m fragment
    ];
    const network = buildWalkingNetwork(lines);
    expect(network.stats.droppedComponents).toBe(1);
    expect(network.stats.droppedLengthM).toBeCloseTo(900, 9);
    const attachment = attachPlace(network, point(100, 300));
    expect(attachment?.leastDistanceM).toBeCloseTo(300, 9);
    const onlyShort = buildWalkingNetwork([[[0, 0], [300, 0]], [[0, 100], [200, 100]]]);
    expect(onlyShort.edgeCount).toBe(1);
    expect(onlyShort.length[0]).toBe(300);
  });

  it('attaches a community along the whole stretch of a road through it', () => {
    const lines: Point[][] = [[[0, 0], [2000, 0]]];
    const community = square(500, -50, 600, 50);
    expect(distanceBetween(lines, community, point(1500, 0))).toBeCloseTo(900, 6);
    // 30 m off the road: attaches where its distance is ≤ 30.01, sliding √(30.01² − 30²) west.
    const slide = Math.sqrt(30.01 ** 2 - 30 ** 2);
    expect(distanceBetween(lines, community, point(1500, 30))).toBeCloseTo(30.01 + 900 - slide, 6);
    // A facility on the same long edge on the other side, no node between.
    expect(distanceBetween(lines, community, point(100, 0))).toBeCloseTo(400, 6);
    // The facility inside the community: 0.
    expect(distanceBetween(lines, community, point(550, 0))).toBeCloseTo(0, 9);
  });

  it('leaves places farther than 500 m from every road unattached', () => {
    const network = buildWalkingNetwork([[[0, 0], [2000, 0]]]);
    expect(attachPlace(network, point(1000, 500))).not.toBeNull();
    expect(attachPlace(network, point(1000, 500.5))).toBeNull();
  });

  it('charges each attached point its own distance (a place off a straight road slides a little)', () => {
    const network = buildWalkingNetwork([[[0, 0], [1000, 0]], [[1000, 0], [2000, 0]]]);
    const attachment = attachPlace(network, point(1000, 100))!;
    expect(attachment.leastDistanceM).toBeCloseTo(100, 9);
    const stretch = withinIntervals(point(1000, 100), [0, 0], [1000, 0], 100.01);
    // sqrt(100.01² − 100²) ≈ 1.414 m of slide.
    expect(1000 - stretch[0][0]).toBeCloseTo(Math.sqrt(100.01 ** 2 - 100 ** 2), 6);
  });

  it('reports the nearest source of a multi-source field', () => {
    const network = buildWalkingNetwork([[[0, 0], [1000, 0], [2000, 0], [3000, 0]]]);
    const sources = [point(0, 0), point(3000, 0)].map((s) => attachPlace(network, s));
    const field = new DistanceField(network, sources);
    const nearest = field.distanceTo(attachPlace(network, point(2500, 0)));
    expect(nearest.source).toBe(1);
    expect(nearest.distanceM).toBeCloseTo(500, 9);
    expect(field.distanceTo(attachPlace(network, point(400, 10))).source).toBe(0);
  });
});

describe('network distance properties', () => {
  const gridLines = (size: number, step: number, gaps: boolean[]): Point[][] => {
    const lines: Point[][] = [];
    let g = 0;
    for (let i = 0; i <= size; i++) {
      for (let j = 0; j < size; j++) {
        if (!gaps[g++ % gaps.length]) lines.push([[j * step, i * step], [(j + 1) * step, i * step]]);
        if (!gaps[g++ % gaps.length]) lines.push([[i * step, j * step], [i * step, (j + 1) * step]]);
      }
    }
    return lines;
  };
  const coordinate = fc.double({ min: -200, max: 1400, noNaN: true });
  const place = fc.oneof(
    fc.tuple(coordinate, coordinate).map(([x, y]) => point(x, y)),
    fc.tuple(coordinate, coordinate, fc.double({ min: 1, max: 150, noNaN: true })).map(([x, y, s]) => square(x, y, x + s, y + s * 0.7)),
  );

  it('is never shorter than the straight line, never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), place, place, (gaps, a, b) => {
        const lines = gridLines(4, 300, gaps);
        const d = distanceBetween(lines, a, b);
        if (Number.isFinite(d)) expect(d).toBeGreaterThanOrEqual(shapeDistance(a, b) - 1e-6);
      }),
      { numRuns: 150 },
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), place, place, (gaps, a, b) => {
        const lines = gridLines(4, 300, gaps);
        const ab = distanceBetween(lines, a, b);
        const ba = distanceBetween(lines, b, a);
        if (Number.isFinite(ab)) expect(ba).toBeCloseTo(ab, 4);
        else expect(ba).toBe(Infinity);
      }),
      { numRuns: 100 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { convexHull, flatConvexHull } from './hull';
import type { Point } from './planar';

describe('flatConvexHull', () => {
  // The flat hull must be convexHull's, point for point and in order (the sunlight wedges and frames depend on the order).
  it('equals convexHull on random small point sets, with duplicates and collinear points', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let trial = 0; trial < 5000; trial++) {
      const count = 1 + Math.floor(random() * 32);
      const points: Point[] = [];
      for (let i = 0; i < count; i++) {
        const roll = random();
        if (roll < 0.15 && points.length > 0) points.push([...points[Math.floor(random() * points.length)]] as Point);
        else if (roll < 0.3) points.push([Math.floor(random() * 4), Math.floor(random() * 4)]);
        else points.push([random() * 100 - 50, random() * 100 - 50]);
      }
      const flat = Float64Array.from(points.flat());
      const hull = flatConvexHull(flat, count)!;
      const got = Array.from(hull.xy.subarray(0, 2 * hull.length));
      expect(got).toEqual(convexHull(points).flat());
    }
  });

  it('declines inputs over 32 points', () => {
    expect(flatConvexHull(new Float64Array(66), 33)).toBeNull();
  });
});

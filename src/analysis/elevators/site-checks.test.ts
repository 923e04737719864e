import { describe, expect, it } from 'vitest';
import type { Ring } from '../geometry/planar';
import { orientedRectangle, rectangleOverlaps, rectangleWithin } from './site-checks';

const square = (x0: number, y0: number, x1: number, y1: number): Ring => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
/** A unit footprint 2.4 × 3.9 m, turned 30°: its corners' box is wider than itself. */
const turned: Ring = (() => {
  const c = Math.cos(Math.PI / 6), s = Math.sin(Math.PI / 6);
  const at = (u: number, v: number): [number, number] => [100 + u * c - v * s, 200 + u * s + v * c];
  return [at(0, 0), at(2.4, 0), at(2.4, 3.9), at(0, 3.9), at(0, 0)];
})();

describe('rectangle against polygons (edges apart from the corners\' box skipped)', () => {
  const rect = orientedRectangle(turned);

  it('keeps the corners\' box', () => {
    const xs = turned.slice(0, 4).map((p) => p[0]);
    const ys = turned.slice(0, 4).map((p) => p[1]);
    expect([rect.minX, rect.minY, rect.maxX, rect.maxY]).toEqual([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
  });

  it('an edge crossing the rectangle with both ends far outside its box still counts', () => {
    const sliver: Ring = [[90, 202], [110, 202], [110, 202.5], [90, 202.5], [90, 202]];
    expect(rectangleOverlaps(rect, [[sliver]])).toBe(true);
    expect(rectangleWithin(rect, [[square(0, 0, 300, 300), sliver]])).toBe(false);
  });

  it('a polygon apart from the box, or only touching a corner, does not overlap; a wide one holds it', () => {
    expect(rectangleOverlaps(rect, [[square(0, 0, 50, 50)]])).toBe(false);
    const corner = turned[1];
    expect(rectangleOverlaps(rect, [[square(corner[0], corner[1] - 5, corner[0] + 5, corner[1])]])).toBe(false);
    expect(rectangleWithin(rect, [[square(0, 0, 300, 300)]])).toBe(true);
  });
});

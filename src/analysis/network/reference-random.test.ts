/**
 * The engine's network distance between two places against the reference (test/reference),
 * on random planar inputs (fast-check): free-angled polylines whose ends are dropped 0–0.8 m
 * from another line or vertex (T-junctions and merges at the limit), and places that are
 * points, star-shaped polygons (not convex) and polygons whose side runs along a road at a
 * few metres wavering by millimetres (where the least over an overlap is not convex).
 * Agreement to 1e-6 m, Infinity for Infinity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bothDistances, point } from '../../../test/reference/compare';
import type { Place } from '../../../test/reference/place-distance';
import type { XY } from '../../../test/reference/walking-network';

const coordinate = fc.double({ min: 0, max: 800, noNaN: true });
const xy = fc.tuple(coordinate, coordinate);

/** Lines, each end of the later ones possibly moved next to a point of an earlier line. */
const roads = fc
  .tuple(
    fc.array(fc.array(xy, { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 6 }),
    fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.3, 0.5, 0.5000001, 0.7), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true })), { maxLength: 6 }),
  )
  .map(([lines, snaps]) => {
    const out: XY[][] = lines.map((line) => line.map(([x, y]): XY => [x, y]));
    snaps.forEach(([which, t, gap, angle], k) => {
      const line = out[1 + (which % (out.length - 1))];
      const target = out[which % out.length];
      if (line === target) return;
      const segment = Math.floor(t * (target.length - 1) * 0.999);
      const [a, b] = [target[segment], target[segment + 1]];
      // At a vertex (t = 0 of the segment) half the time, else inside the segment.
      const s = k % 2 === 0 ? 0 : t;
      const spot: XY = [a[0] + s * (b[0] - a[0]) + gap * Math.cos(angle), a[1] + s * (b[1] - a[1]) + gap * Math.sin(angle)];
      if (k % 3 === 2) line[0] = spot;
      else line[line.length - 1] = spot;
    });
    return out;
  });

const star = fc
  .tuple(xy, fc.array(fc.double({ min: 5, max: 120, noNaN: true }), { minLength: 3, maxLength: 9 }))
  .map(([[cx, cy], radii]): Place => ({
    kind: 'polygon',
    polygons: [[[...radii.map((r, i): XY => [cx + r * Math.cos((2 * Math.PI * i) / radii.length), cy + r * Math.sin((2 * Math.PI * i) / radii.length)]), [cx + radii[0], cy]]]],
  }));

const place = fc.oneof(xy.map(([x, y]) => point(x, y)), star);

/** A road from (0, 0) to (1000, 0) and a polygon whose south side wavers by ≤ 5 mm at `gap` m north of it. */
const wavering = fc
  .tuple(fc.double({ min: 0.5, max: 40, noNaN: true }), fc.array(fc.integer({ min: 0, max: 5000 }).map((micro) => micro / 1e6), { minLength: 3, maxLength: 8 }), fc.double({ min: 0, max: 200, noNaN: true }))
  .map(([gap, wobble, x0]): Place => {
    const side = wobble.map((w, i): XY => [x0 + (150 * i) / (wobble.length - 1), gap + w]);
    return { kind: 'polygon', polygons: [[[...side, [x0 + 150, gap + 60], [x0, gap + 60], side[0]]]] };
  });

function expectAgreement(lines: XY[][], a: Place, b: Place): void {
  const both = bothDistances(lines, a, b);
  expect(both.engineGraph.slice(0, 3)).toEqual(both.referenceGraph.slice(0, 3));
  if (both.reference === Infinity) expect(both.engine).toBe(Infinity);
  else expect(Math.abs(both.engine - both.reference)).toBeLessThanOrEqual(1e-6);
}

describe('network distance: engine against the reference on random planar inputs', () => {
  it('agrees on random roads and places', () => {
    fc.assert(fc.property(roads, place, place, (lines, a, b) => expectAgreement(lines, a, b)), { numRuns: 200 });
  });

  it('agrees where two places share a road and one of them wavers along it', () => {
    const other = fc.oneof(
      wavering.map((p): Place => (p.kind === 'polygon' ? { kind: 'polygon', polygons: [[p.polygons[0][0].map(([x, y]): XY => [x, -y])]] } : p)),
      fc.tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: -40, max: -0.5, noNaN: true })).map(([x, y]) => point(x, y)),
    );
    fc.assert(fc.property(wavering, other, (a, b) => expectAgreement([[[-200, 0], [1200, 0]]], a, b)), { numRuns: 150 });
  });
});

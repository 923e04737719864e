import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanarMultiPolygon, Point } from '../geometry/planar';
import { buildSampleTable, makePrism, shadeByPrism } from './rays';
import { fanBounds, fanHolds, shadowFan } from './shadow-fan';
import { boxHolds, shadowBox, shadowReach } from './shadow-reach';
import { sunSamples, toSample } from './sun-position';

const box = (x0: number, y0: number, x1: number, y1: number): PlanarMultiPolygon => [[[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]];
const tables = [
  buildSampleTable(sunSamples({ date: '2025-01-20', startHour: 8, endHour: 16, stepMin: 5 }, 120.15, 30.27)),
  buildSampleTable(sunSamples({ date: '2025-06-21', startHour: 6, endHour: 18, stepMin: 10 }, 126.6, 45.8)),
  buildSampleTable(sunSamples({ date: '2025-12-21', startHour: 7, endHour: 17, stepMin: 15 }, -58.4, -34.6)),
];

/** Uniform in [min, max] (fc.double favours tiny magnitudes, which would keep most prisms below the sill). */
const uniform = (min: number, max: number) => fc.integer({ min: 0, max: 1_000_000 }).map((i) => min + ((max - min) * i) / 1_000_000);

/** A rectangle w × d turned by `angle` about (x, y): shafts and buildings are not axis-aligned. */
function turned(x: number, y: number, w: number, d: number, angle: number): PlanarMultiPolygon {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const corners = [[0, 0], [w, 0], [w, d], [0, d], [0, 0]].map(([u, v]): Point => [x + u * c - v * s, y + u * s + v * c]);
  return [[corners]];
}

function culls(table: (typeof tables)[number], prism: ReturnType<typeof makePrism>, x: number, y: number, groups?: number): boolean {
  const fan = shadowFan(table, groups);
  const bounds = new Float64Array(fan.normalsX.length);
  return fanBounds(fan, prism, 0.9, bounds) && !fanHolds(fan, bounds, x, y);
}

describe('shadow fans', () => {
  // Two samples by hand: due south at 45° (u = (0, 1)) and south-east at 45° (u = (−0.707, 0.707)).
  const table = buildSampleTable([toSample({ azimuthDeg: 180, altitudeDeg: 45 }, 720), toSample({ azimuthDeg: 135, altitudeDeg: 45 }, 630)]);
  const square = makePrism(box(0, 0, 1, 1), 10.9); // lift 10 above the 0.9 m sill

  it('culls a point in the shadow box but off both shadows, and keeps one just inside a shadow', () => {
    // (−3, 1.5): the box reaches x = −7.07 and y = 11, but from every corner q of the square,
    // (−3, 1.5) − q has y < −x: left of the south-east shadow's line, which bounds the fan.
    expect(boxHolds(shadowBox(square, 0.9, shadowReach(table))!, -3, 1.5)).toBe(true);
    expect(shadeByPrism(-3, 1.5, 0.9, square, table, new Uint8Array([1, 1]), true)).toBe(0);
    expect(culls(table, square, -3, 1.5, 1)).toBe(true);
    // (−3, 4.2) = (0, 1.2) + 4.24·u_SE, t = 4.24 ≤ lift 10: in the south-east shadow.
    expect(shadeByPrism(-3, 4.2, 0.9, square, table, new Uint8Array([1, 1]), true)).toBe(1);
    expect(culls(table, square, -3, 4.2, 1)).toBe(false);
    // Just inside the tip of the noon shadow: (0.5, 1 + 10 − 0.001).
    expect(shadeByPrism(0.5, 10.999, 0.9, square, table, new Uint8Array([1, 1]), true)).toBe(1);
    expect(culls(table, square, 0.5, 10.999, 1)).toBe(false);
    // Past the tip: one group's half-planes (the triangle's edges only) are loose there, but its
    // shadow box is not; a group per sample has the segment's end as a half-plane.
    expect(boxHolds(shadowBox(square, 0.9, shadowReach(table))!, 0.5, 11.02)).toBe(false);
    expect(culls(table, square, 0.5, 11.02, 2)).toBe(true);
  });

  it('with one group per sample, the lens between the two shadows is culled too', () => {
    // (−2, 7): inside the hull of both shadows (one group), in neither (two groups).
    expect(shadeByPrism(-2, 7, 0.9, square, table, new Uint8Array([1, 1]), true)).toBe(0);
    expect(culls(table, square, -2, 7, 1)).toBe(false);
    expect(culls(table, square, -2, 7, 2)).toBe(true);
  });

  it('a prism below the sill gives no bounds', () => {
    const fan = shadowFan(table);
    expect(fanBounds(fan, makePrism(box(0, 0, 1, 1), 0.5), 0.9, new Float64Array(fan.normalsX.length))).toBe(false);
  });

  it('never culls a point the exact cast darkens (the cull is conservative), near the shadow edges too', () => {
    let darkenedCases = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: tables.length - 1 }),
        fc.record({ x: uniform(-40, 40), y: uniform(-40, 40), w: uniform(0.5, 30), d: uniform(0.5, 20), angle: uniform(0, 7), h: uniform(0, 60) }),
        fc.integer({ min: 1, max: 8 }),
        fc.oneof(
          fc.record({ px: uniform(-300, 300), py: uniform(-300, 300) }),
          // Points in or near a shadow: a footprint point (fractions of its sides, 0 and 1 on its
          // edges) moved by t·lift·u_k, t up to just past 1, plus a little jitter.
          fc.record({ fu: uniform(0, 1), fv: uniform(0, 1), k: fc.nat(), t: uniform(0, 1.001), jitter: uniform(-0.02, 0.02) }),
        ),
        (t, s, groups, where) => {
          const table = tables[t];
          const polygon = turned(s.x, s.y, s.w, s.d, s.angle);
          const prism = makePrism(polygon, s.h);
          let px: number;
          let py: number;
          if ('px' in where) [px, py] = [where.px, where.py];
          else {
            const k = where.k % table.samples.length;
            const lift = Math.max(0, s.h - 0.9) * where.t;
            const [[ax, ay], [bx, by], , [dx, dy]] = polygon[0][0];
            const qx = ax + where.fu * (bx - ax) + where.fv * (dx - ax);
            const qy = ay + where.fu * (by - ay) + where.fv * (dy - ay);
            px = qx - (lift * table.directionsX[k]) / table.tanAltitudes[k] + where.jitter;
            py = qy - (lift * table.directionsY[k]) / table.tanAltitudes[k] + where.jitter;
          }
          const lit = Uint8Array.from(table.samples, (sample) => (sample.up ? 1 : 0));
          if (shadeByPrism(px, py, 0.9, prism, table, lit, true) > 0) {
            darkenedCases++;
            expect(culls(table, prism, px, py, groups)).toBe(false);
          }
        },
      ),
      { numRuns: 5000, seed: 11 },
    );
    // The edge generator must hit real shadows often, or the property says little.
    expect(darkenedCases).toBeGreaterThan(1000);
  });
});

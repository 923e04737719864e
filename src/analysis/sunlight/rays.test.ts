import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanarMultiPolygon } from '../geometry/planar';
import { buildSampleTable, countLit, hullWedgeOf, litSamples, makePrism, rayEntryDistance, remainderTwoPi, shadeByPrism } from './rays';
import { sunSamples, toSample } from './sun-position';

const box = (x0: number, y0: number, x1: number, y1: number): PlanarMultiPolygon => [[[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]];
const NOON = toSample({ azimuthDeg: 180, altitudeDeg: 39.6 }, 720);
const DAY = buildSampleTable(sunSamples({ date: '2025-01-20', startHour: 8, endHour: 16, stepMin: 5 }, 120.15, 30.27));

describe('rays against prisms', () => {
  it('casts a ray to the first edge it meets', () => {
    expect(rayEntryDistance(0, 30, 0, -1, box(-50, -1, 50, 0))).toBeCloseTo(30, 12);
    expect(rayEntryDistance(0, 30, 0, 1, box(-50, -1, 50, 0))).toBe(Infinity);
    expect(rayEntryDistance(0, -0.5, 0, -1, box(-50, -1, 50, 0))).toBeCloseTo(0.5, 12); // from inside: the exit edge
  });

  it('a point due north of a 30 m wall is shaded at noon within (30 − 0.9)/tan 39.6° = 35.2 m, lit beyond', () => {
    const table = buildSampleTable([NOON]);
    const wall = makePrism(box(-50, -1, 50, 0), 30);
    // At 30 m: 0.9 + 30 × tan 39.6° = 25.7 ≤ 30, blocked. At 40 m: 0.9 + 40 × 0.827 = 34.0 > 30, lit.
    expect(countLit(litSamples(0, 30, 0.9, [wall], table))).toBe(0);
    expect(countLit(litSamples(0, 35, 0.9, [wall], table))).toBe(0);
    expect(countLit(litSamples(0, 35.5, 0.9, [wall], table))).toBe(1);
    expect(countLit(litSamples(0, 40, 0.9, [wall], table))).toBe(1);
  });

  it('a prism north of the point, or one far away, changes nothing', () => {
    const lit = Uint8Array.from(DAY.samples, () => 1);
    expect(shadeByPrism(0, 0, 0.9, makePrism(box(-20, 5, 20, 15), 60), DAY, lit)).toBe(0);
    expect(shadeByPrism(0, 0, 0.9, makePrism(box(300, -400, 310, -390), 18), DAY, lit)).toBe(0);
    expect(countLit(lit)).toBe(96);
  });

  it('a point inside a taller footprint never sees the sun', () => {
    expect(countLit(litSamples(0, 0, 0.9, [makePrism(box(-1, -1, 1, 1), 3)], DAY))).toBe(0);
    expect(countLit(litSamples(0, 0, 0.9, [makePrism(box(-1, -1, 1, 1), 0.5)], DAY))).toBe(96);
  });

  it('agrees with a brute-force march along the ray, and an extra prism never adds light', () => {
    const prismArbitrary = fc.record({
      x: fc.integer({ min: -60, max: 60 }),
      y: fc.integer({ min: -60, max: 0 }),
      w: fc.integer({ min: 2, max: 30 }),
      d: fc.integer({ min: 2, max: 20 }),
      h: fc.integer({ min: 1, max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(prismArbitrary, { minLength: 1, maxLength: 5 }), prismArbitrary, (specs, extraSpec) => {
        const toPrism = (s: typeof extraSpec) => makePrism(box(s.x, s.y - s.d, s.x + s.w, s.y), s.h);
        const prisms = specs.map(toPrism).filter((p) => !(p.bbox[0] <= 0 && 0 <= p.bbox[2] && p.bbox[1] <= 5 && 5 <= p.bbox[3]));
        const before = litSamples(0, 5, 0.9, prisms, DAY);
        const after = litSamples(0, 5, 0.9, [...prisms, toPrism(extraSpec)], DAY);
        for (let k = 0; k < 96; k++) expect(after[k]).toBeLessThanOrEqual(before[k]);
        // Brute force on every 8th sample: march 5 cm steps and test each box directly.
        for (let k = 0; k < 96; k += 8) {
          const s = DAY.samples[k];
          const march = (margin: number) => {
            for (let step = 0; step < 8000; step++) {
              const t = step * 0.05;
              const x = s.directionX * t;
              const y = 5 + s.directionY * t;
              const hit = prisms.some((p) => x > p.bbox[0] + margin && x < p.bbox[2] - margin && y > p.bbox[1] + margin && y < p.bbox[3] - margin && 0.9 + t * s.tanAltitude < p.heightM - 2 * margin);
              if (hit) return true;
            }
            return false;
          };
          if (march(0.06)) expect(before[k]).toBe(0); // surely blocked
          if (!march(-0.06)) expect(before[k]).toBe(1); // surely clear
        }
      }),
      { numRuns: 150, seed: 4 },
    );
  });
});

describe('remainderTwoPi', () => {
  it('is v % 2π bit for bit (zeros signed), in and past the ranges it shortcuts', () => {
    const TWO_PI = 2 * Math.PI;
    const same = (v: number): void => {
      expect(Object.is(remainderTwoPi(v), v % TWO_PI), `${v}`).toBe(true);
    };
    for (const v of [0, -0, TWO_PI, -TWO_PI, 2 * TWO_PI, -2 * TWO_PI, Math.PI, -Math.PI, 1e-300, -1e-300, 3 * TWO_PI + 1, NaN, Infinity, -Infinity]) same(v);
    for (const v of [TWO_PI, 2 * TWO_PI, -TWO_PI]) {
      same(v + Number.EPSILON * 8);
      same(v - Number.EPSILON * 8);
    }
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (v) => {
      same(v);
    }), { numRuns: 20000, seed: 3 });
    fc.assert(fc.property(fc.integer({ min: -3_000_000, max: 3_000_000 }), (i) => {
      same((i / 1_000_000) * TWO_PI);
    }), { numRuns: 20000, seed: 4 });
  });
});

describe('hullWedge', () => {
  /** The wedge as every vertex's atan2 gives it (the former code): the reference, bit for bit. */
  function everyAngleWedge(px: number, py: number, hull: Float64Array): [number, number] | null {
    const n = hull.length >> 1;
    let inside = true;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < n; i++) {
      const j = i + 1 === n ? 0 : i + 1;
      if ((hull[2 * j] - hull[2 * i]) * (py - hull[2 * i + 1]) - (hull[2 * j + 1] - hull[2 * i + 1]) * (px - hull[2 * i]) < 0) inside = false;
      cx += hull[2 * i];
      cy += hull[2 * i + 1];
    }
    if (inside) return null;
    const base = Math.atan2(cx / n - px, cy / n - py);
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < n; i++) {
      let a = Math.atan2(hull[2 * i] - px, hull[2 * i + 1] - py) - base;
      if (a > Math.PI) a -= 2 * Math.PI;
      if (a <= -Math.PI) a += 2 * Math.PI;
      low = Math.min(low, a);
      high = Math.max(high, a);
    }
    return [base + low - 1e-9, high - low + 2e-9];
  }
  const uniform = (min: number, max: number) => fc.integer({ min: 0, max: 1_000_000 }).map((i) => min + ((max - min) * i) / 1_000_000);

  it('equals the every-vertex atan2 wedge bit for bit, points on the line of a hull edge and near the hull included', () => {
    fc.assert(
      fc.property(
        fc.record({ x: uniform(-5000, 5000), y: uniform(-5000, 5000), w: uniform(0.5, 40), d: uniform(0.5, 30), angle: uniform(0, 7), sides: fc.integer({ min: 3, max: 9 }) }),
        fc.oneof(
          fc.record({ dx: uniform(-200, 200), dy: uniform(-200, 200) }),
          // On the line through two vertices (collinear with p: the ties), or just off the hull.
          fc.record({ edge: fc.nat(), t: uniform(-30, 30), off: fc.constantFrom(0, 1e-12, 1e-9, 0.01) }),
        ),
        (s, where) => {
          // A convex polygon: `sides` points on an ellipse, turned, counter-clockwise.
          const hull = new Float64Array(2 * s.sides);
          for (let i = 0; i < s.sides; i++) {
            const t = (2 * Math.PI * i) / s.sides;
            const u = s.w * Math.cos(t);
            const v = s.d * Math.sin(t);
            hull[2 * i] = s.x + u * Math.cos(s.angle) - v * Math.sin(s.angle);
            hull[2 * i + 1] = s.y + u * Math.sin(s.angle) + v * Math.cos(s.angle);
          }
          let px: number;
          let py: number;
          if ('dx' in where) [px, py] = [s.x + where.dx, s.y + where.dy];
          else {
            const i = where.edge % s.sides;
            const j = (i + 1) % s.sides;
            const ex = hull[2 * j] - hull[2 * i];
            const ey = hull[2 * j + 1] - hull[2 * i + 1];
            px = hull[2 * i] + where.t * ex + where.off * ey;
            py = hull[2 * i + 1] + where.t * ey - where.off * ex;
          }
          const got = hullWedgeOf(px, py, hull);
          const want = everyAngleWedge(px, py, hull);
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 20000, seed: 5 },
    );
  });
});

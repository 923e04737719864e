import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanarMultiPolygon } from '../geometry/planar';
import { buildSampleTable, makePrism, shadeByPrism } from './rays';
import { boxHolds, shadowBox, shadowReach } from './shadow-reach';
import { sunSamples } from './sun-position';

const box = (x0: number, y0: number, x1: number, y1: number): PlanarMultiPolygon => [[[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]];
const tables = [
  buildSampleTable(sunSamples({ date: '2025-01-20', startHour: 8, endHour: 16, stepMin: 5 }, 120.15, 30.27)),
  buildSampleTable(sunSamples({ date: '2025-06-21', startHour: 6, endHour: 18, stepMin: 10 }, 126.6, 45.8)),
];

describe('shadow boxes', () => {
  it('a prism never darkens a point outside its shadow box (the culling is conservative)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.record({ x: fc.integer({ min: -40, max: 40 }), y: fc.integer({ min: -40, max: 40 }), w: fc.integer({ min: 1, max: 30 }), d: fc.integer({ min: 1, max: 20 }), h: fc.double({ min: 0, max: 60, noNaN: true }) }),
        fc.double({ min: -400, max: 400, noNaN: true }),
        fc.double({ min: -400, max: 400, noNaN: true }),
        (t, s, px, py) => {
          const table = tables[t];
          const prism = makePrism(box(s.x, s.y, s.x + s.w, s.y + s.d), s.h);
          const lit = Uint8Array.from(table.samples, (sample) => (sample.up ? 1 : 0));
          const darkened = shadeByPrism(px, py, 0.9, prism, table, lit, true);
          const shadow = shadowBox(prism, 0.9, shadowReach(table));
          if (darkened > 0) expect(shadow !== null && boxHolds(shadow, px, py)).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 7 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSampleTable, type SampleTable } from './rays';
import { ranges, remainderTwoPi, wedgeRanges } from './sample-wedge';
import { sunSamples, toSample } from './sun-position';

const TWO_PI = 2 * Math.PI;
const DAY = buildSampleTable(sunSamples({ date: '2025-01-20', startHour: 8, endHour: 16, stepMin: 5 }, 120.15, 30.27));
const SUMMER = buildSampleTable(sunSamples({ date: '2025-06-21', startHour: 4, endHour: 20, stepMin: 1 }, 126.6, 45.8));
// Azimuths (radians) on bucket edges, repeated, at 0 and just under 2π.
const EDGE_AZIMUTHS = [0, 0, 1e-300, TWO_PI / 512, TWO_PI / 512, (3 * TWO_PI) / 512, Math.PI, Math.PI, TWO_PI - 1e-9];
const EDGES = buildSampleTable(EDGE_AZIMUTHS.map((a, i) => toSample({ azimuthDeg: (a * 180) / Math.PI, altitudeDeg: 30 }, i)));

/** The ranges as the former binary searches found them. */
function reference(table: SampleTable, start: number, width: number): number[] {
  const az = table.sortedAzimuths;
  const lowerBound = (v: number) => {
    let lo = 0;
    let hi = az.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (az[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const upperBound = (v: number) => {
    let lo = 0;
    let hi = az.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (az[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  if (width >= TWO_PI) return [0, az.length, 0, 0];
  const lo = ((start % TWO_PI) + TWO_PI) % TWO_PI;
  const hi = lo + width;
  return [lowerBound(lo), upperBound(Math.min(hi, TWO_PI)), 0, hi > TWO_PI ? upperBound(hi - TWO_PI) : 0];
}

describe('sample wedges', () => {
  it('find the same ranges as binary searches over the sorted azimuths, on bucket edges and ties too', () => {
    const tables = [DAY, SUMMER, EDGES];
    const check = (t: number, start: number, width: number) => {
      wedgeRanges(tables[t], start, width);
      expect(Array.from(ranges)).toEqual(reference(tables[t], start, width));
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.double({ min: -2 * TWO_PI, max: 2 * TWO_PI, noNaN: true }), fc.double({ min: 0, max: 7, noNaN: true }), (t, start, width) => {
        check(t, start, width);
      }),
      { numRuns: 20000, seed: 9 },
    );
    for (let t = 0; t < 3; t++) {
      for (const a of tables[t].sortedAzimuths) for (const d of [-1e-15, 0, 1e-15]) for (const width of [0, 1e-9, 0.5, 3]) check(t, a + d, width);
      for (let b = 0; b <= 512; b++) check(t, (b * TWO_PI) / 512, 0.01);
    }
  });

  it('takes the 2π remainder bit for bit', () => {
    for (const v of [0, -0, TWO_PI, -TWO_PI, 2 * TWO_PI, 5, -5, 13, -13]) expect(Object.is(remainderTwoPi(v), v % TWO_PI)).toBe(true);
  });
});

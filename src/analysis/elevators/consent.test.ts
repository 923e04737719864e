import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ceilClean, roundHalfUp } from './consent';

/** The definitions before the fast paths: always trim to 9 decimals first. */
const slowRoundHalfUp = (value: number) => Math.floor(Number(value.toFixed(9)) + 0.5);
const slowCeilClean = (value: number) => Math.ceil(Number(value.toFixed(9)));

describe('consent rounding fast paths', () => {
  it('equal the toFixed(9) definitions, near the boundaries too', () => {
    const near = fc.tuple(fc.integer({ min: -2000, max: 200000 }), fc.constantFrom(0, 0.5, 1), fc.double({ min: -3e-6, max: 3e-6, noNaN: true }));
    fc.assert(
      fc.property(near, ([whole, boundary, offset]) => {
        const value = whole + boundary + offset;
        return roundHalfUp(value) === slowRoundHalfUp(value) && ceilClean(value) === slowCeilClean(value);
      }),
      { numRuns: 20000, seed: 3 },
    );
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (value) => roundHalfUp(value) === slowRoundHalfUp(value) && ceilClean(value) === slowCeilClean(value)),
      { numRuns: 20000, seed: 4 },
    );
    for (const households of [0, 1, 2, 3, 7, 9, 12, 48, 120]) {
      expect(ceilClean((2 * households) / 3)).toBe(slowCeilClean((2 * households) / 3));
      expect(roundHalfUp(households * 0.5)).toBe(slowRoundHalfUp(households * 0.5));
    }
  });
});

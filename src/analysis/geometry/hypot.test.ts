import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hypot } from './hypot';

describe('hypot', () => {
  it('equals Math.hypot bit for bit on the engine running the tests', () => {
    const special = [0, -0, 1, -1, 3, 4, 1e-300, 1e300, Number.MIN_VALUE, Number.MAX_VALUE, Infinity, -Infinity, NaN, 0.1, 0.2];
    for (const x of special) for (const y of special) expect(Object.is(hypot(x, y), Math.hypot(x, y))).toBe(true);
    fc.assert(
      fc.property(fc.double(), fc.double(), (x, y) => Object.is(hypot(x, y), Math.hypot(x, y))),
      { numRuns: 20000, seed: 7 },
    );
    // Metre-scale coordinate differences, the analyses' own range.
    fc.assert(
      fc.property(fc.double({ min: -5000, max: 5000, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }), (x, y) =>
        Object.is(hypot(x, y), Math.hypot(x, y)),
      ),
      { numRuns: 20000, seed: 8 },
    );
  });
});

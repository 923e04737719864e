import { describe, expect, it } from 'vitest';
import { compareEntries, doublingRatios, median, ratioPerDoubling, regressions, scalingExponent, summarizeRuns } from './statistics';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });
  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is NaN for no values and leaves its input alone', () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it('summarizes runs with min, max and count', () => {
    expect(summarizeRuns([30, 10, 20])).toEqual({ medianMs: 20, minMs: 10, maxMs: 30, runs: 3 });
    expect(summarizeRuns([]).runs).toBe(0);
  });
});

describe('scaling exponent', () => {
  it('is 1 for linear and 2 for quadratic growth', () => {
    const sizes = [1000, 2000, 4000, 8000];
    expect(scalingExponent(sizes.map((size) => ({ size, ms: size * 0.5 })))).toBeCloseTo(1, 10);
    expect(scalingExponent(sizes.map((size) => ({ size, ms: size * size * 1e-4 })))).toBeCloseTo(2, 10);
  });
  it('is a little above 1 for n log n', () => {
    const exponent = scalingExponent([1000, 3000, 12000].map((size) => ({ size, ms: size * Math.log(size) })));
    expect(exponent).toBeGreaterThan(1.05);
    expect(exponent).toBeLessThan(1.2);
  });
  it('is null without two distinct usable sizes', () => {
    expect(scalingExponent([{ size: 1000, ms: 5 }])).toBeNull();
    expect(scalingExponent([{ size: 1000, ms: 5 }, { size: 1000, ms: 6 }])).toBeNull();
    expect(scalingExponent([{ size: 1000, ms: 5 }, { size: 2000, ms: Number.NaN }])).toBeNull();
  });
  it('gives the time ratio per doubling between unevenly spaced sizes', () => {
    expect(ratioPerDoubling({ size: 1000, ms: 10 }, { size: 4000, ms: 160 })).toBeCloseTo(4, 10);
    expect(ratioPerDoubling({ size: 1000, ms: 10 }, { size: 3000, ms: 30 })).toBeCloseTo(2, 10);
    expect(ratioPerDoubling({ size: 1000, ms: 10 }, { size: 1000, ms: 30 })).toBeNull();
    expect(doublingRatios([{ size: 4000, ms: 40 }, { size: 1000, ms: 10 }, { size: 2000, ms: 20 }])).toEqual([
      { from: 1000, to: 2000, ratio: 2 },
      { from: 2000, to: 4000, ratio: 2 },
    ]);
  });
});

describe('compare', () => {
  const previous = [
    { name: 'summary', communities: 3000, medianMs: 10 },
    { name: 'summary', communities: 1000, medianMs: 4 },
    { name: 'parking.self.cold', communities: 3000, medianMs: 0 },
  ];
  it('matches entries by name and scale and divides current by previous', () => {
    const result = compareEntries(
      [
        { name: 'summary', communities: 3000, medianMs: 15 },
        { name: 'summary', communities: 1000, medianMs: 2 },
      ],
      previous,
    );
    expect(result.map((c) => c.ratio)).toEqual([1.5, 0.5]);
    expect(result[0].previousMs).toBe(10);
  });
  it('gives null for an entry that is new or had no usable median', () => {
    const result = compareEntries(
      [
        { name: 'elevators', communities: 3000, medianMs: 100 },
        { name: 'parking.self.cold', communities: 3000, medianMs: 5 },
        { name: 'summary', communities: 12000, medianMs: 40 },
      ],
      previous,
    );
    expect(result.map((c) => c.ratio)).toEqual([null, null, null]);
  });
  it('lists the regressions above a limit', () => {
    const result = compareEntries(
      [
        { name: 'summary', communities: 3000, medianMs: 16 },
        { name: 'summary', communities: 1000, medianMs: 4.4 },
      ],
      previous,
    );
    expect(regressions(result, 1.5).map((c) => c.communities)).toEqual([3000]);
  });
});

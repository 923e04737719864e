import { describe, expect, it } from 'vitest';
import type { BenchResult } from './harness';
import { benchFile, scalingRows } from './report';
import { checkTargets, formatTargets } from './targets';

const result = (name: string, communities: number, medianMs: number, peakRssMB = 500): BenchResult => ({
  name, communities, state: 'cold', medianMs, minMs: medianMs, maxMs: medianMs, runs: Number.isNaN(medianMs) ? 0 : 3, peakRssMB, heapUsedMB: 100, note: '',
});

describe('issue 9 targets', () => {
  const results = [
    result('suite.cold.core', 3000, 2425),
    result('suite.cold.core', 12000, 9800, 1900),
    result('elevators.warm', 3000, 120),
    result('parking.cross.warm', 3000, 301),
    // Warm targets hold at city scale only; a failed entry is not measured.
    result('pooling.warm', 12000, 900),
    result('services.siting.network.warm', 3000, Number.NaN),
    // Scaling: linear (10 → 40 ms for 4×) and quadratic (10 → 160 ms).
    result('summary', 3000, 10),
    result('summary', 12000, 40),
    result('coverage', 3000, 10),
    result('coverage', 12000, 160),
  ];

  it('checks the measured figures against the limits, and skips what was not measured', () => {
    const checks = checkTargets(results, scalingRows(results));
    const verdicts = checks.map((c) => [c.entry, c.communities, c.measure, c.met]);
    expect(verdicts).toEqual([
      ['suite.cold.core', 3000, 'medianMs', false],
      ['suite.cold.core', 12000, 'medianMs', true],
      ['suite.cold.core', 12000, 'peakRssMB', true],
      ['parking.cross.warm', 3000, 'medianMs', false],
      ['elevators.warm', 3000, 'medianMs', true],
      ['suite.cold.core', null, 'exponent', true],
      ['summary', null, 'exponent', true],
      ['coverage', null, 'exponent', false],
    ]);
    expect(checks.find((c) => c.entry === 'coverage')?.value).toBeCloseTo(2, 10);
    expect(checks[2].value).toBe(1900);
    expect(checks.at(-1)?.label).toBe('growth no faster than n log n, 3000→12000 communities');
  });

  it('prints one line per target with its verdict, and a count', () => {
    const lines = formatTargets(checkTargets(results, scalingRows(results)));
    expect(lines.find((l) => l.startsWith('suite.cold.core at 3000'))).toMatch(/2,425 ms\s+target < 2,000 ms\s+NOT MET/);
    expect(lines.find((l) => l.startsWith('suite.cold.core at 12000') && l.includes('MB'))).toMatch(/1,900 MB\s+target < 2,048 MB\s+met/);
    expect(lines.find((l) => l.startsWith('coverage'))).toMatch(/2\.00\s+target ≤ 1\.30\s+NOT MET/);
    expect(lines.at(-1)).toBe('3 of 8 measured targets not met');
    expect(formatTargets([])).toEqual([]);
  });

  it('are kept in the bench JSON', () => {
    const file = benchFile([result('suite.cold.core', 3000, 1900)], 3, 700);
    expect(file.targets).toEqual([{ entry: 'suite.cold.core', communities: 3000, measure: 'medianMs', limit: 2000, label: 'full suite, city', value: 1900, met: true }]);
  });
});

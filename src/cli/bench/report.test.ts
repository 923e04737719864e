import { describe, expect, it } from 'vitest';
import { parseArgs } from '../args';
import { parseScales } from '../commands/bench';
import type { BenchResult } from './harness';
import { selects } from './harness';
import { raiseTo } from './memory';
import { benchFile, compareWithFile, formatResult, growthLabel, readBenchFile, runtimeWarning, scalingRows, toFileEntry } from './report';

const result = (name: string, communities: number, medianMs: number): BenchResult => ({
  name, communities, state: 'prepared', medianMs, minMs: medianMs, maxMs: medianMs, runs: 1, peakRssMB: 100, heapUsedMB: 50, note: '',
});

describe('bench report', () => {
  it('finds scaling rows only for entries measured at two or more scales', () => {
    const rows = scalingRows([result('a', 1000, 10), result('a', 2000, 20), result('a', 4000, 40), result('b', 1000, 5), result('c', 1000, Number.NaN), result('c', 2000, 3)]);
    expect(rows.map((r) => r.name)).toEqual(['a']);
    expect(rows[0].doublings).toEqual([2, 2]);
    expect(rows[0].exponent).toBeCloseTo(1, 10);
    expect(growthLabel(1.02)).toMatch(/linear/);
    expect(growthLabel(2.1)).toMatch(/quadratic/);
  });

  it('writes a JSON file that reads back and compares with itself as ×1', () => {
    const results = [result('summary', 3000, 12.34), { ...result('pooling', 3000, Number.NaN), runs: 0, note: 'skipped' }];
    const file = benchFile(results, 5, 800, new Date('2025-01-20T00:00:00Z'));
    expect(file.entries[0]).toMatchObject({ name: 'summary', communities: 3000, medianMs: 12.3, runs: 1, peakRssMB: 100 });
    expect(file.entries[1].medianMs).toBeNull();
    expect(file.date).toBe('2025-01-20T00:00:00.000Z');
    const back = readBenchFile(JSON.stringify(file)).entries;
    const comparisons = compareWithFile([result('summary', 3000, 12.3)], back);
    expect(comparisons[0].ratio).toBeCloseTo(1, 10);
    expect(() => readBenchFile('{"x":1}')).toThrow(/entries/);
  });

  it('says when the baseline ran on another Node.js, and reads the version from the file', () => {
    const file = benchFile([result('summary', 3000, 12.34)], 5, 800);
    expect(readBenchFile(JSON.stringify({ ...file, node: 'v20.20.2' })).node).toBe('v20.20.2');
    expect(readBenchFile(JSON.stringify({ entries: [] })).node).toBeNull();
    expect(runtimeWarning('v20.20.2', 'v24.21.0')).toMatch(/v20\.20\.2.*v24\.21\.0/);
    expect(runtimeWarning('v24.21.0', 'v24.21.0')).toBeNull();
    expect(runtimeWarning(null, 'v24.21.0')).toBeNull();
  });

  it('prints one line per benchmark with a dash for a missing median', () => {
    expect(formatResult(result('summary', 3000, 1234.5))).toMatch(/^summary\s+3000\s+1235\s+1 \(1235–1235\)/);
    expect(toFileEntry({ ...result('x', 1, Number.NaN), runs: 0 }).medianMs).toBeNull();
  });

  it('selects entries by name or prefix', () => {
    expect(selects([], 'anything')).toBe(true);
    expect(selects(['parking'], 'parking.self.cold')).toBe(true);
    expect(selects(['parking.self'], 'parking.district.cold')).toBe(false);
    expect(selects(['summary'], 'summary')).toBe(true);
  });

  it('parses scales, sorted and without repeats, and refuses bad ones', () => {
    expect(parseScales(undefined)).toEqual([3000]);
    expect(parseScales('3000,1000,3000')).toEqual([1000, 3000]);
    expect(() => parseScales('0')).toThrow();
    expect(() => parseScales('abc')).toThrow();
    expect(parseArgs(['--communities', '1000,3000']).flags.get('communities')).toEqual(['1000,3000']);
  });

  it('keeps the highest value in the shared peak slot', () => {
    const slots = new Int32Array(new SharedArrayBuffer(4));
    raiseTo(slots, 5);
    raiseTo(slots, 3);
    expect(slots[0]).toBe(5);
    raiseTo(slots, 9);
    expect(slots[0]).toBe(9);
  });
});

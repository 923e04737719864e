import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { againstProblem, formatAgainst, pairedSummary, roundOrder, stepTimes, type AgainstResult } from './against';
import { PROJECT_ROOT, type IsolatedRun } from './isolated';

const run = (ms: number, note = ''): IsolatedRun => ({ ms, note, peakRssMB: 100, heapUsedMB: 50, gcMs: 0 });

describe('bench --against: comparing two checkouts run by run', () => {
  it('alternates which side runs first, so a steady drift weighs on both', () => {
    expect([0, 1, 2, 3].map(roundOrder)).toEqual([['base', 'current'], ['current', 'base'], ['base', 'current'], ['current', 'base']]);
  });

  it('summarises the rounds: medians, their ratio, the rounds\' own ratios and how often the current code won', () => {
    // Worked by hand: medians 110 and 109 (even counts: means of the middle two), so 0.991 of
    // the medians; the rounds' ratios 0.9, 0.9, 1.1, 0.8 say more: median 0.9, 3 rounds of 4.
    const s = pairedSummary([100, 120, 100, 150], [90, 108, 110, 120]);
    expect(s.baseMedianMs).toBe(110);
    expect(s.currentMedianMs).toBe(109);
    expect(s.ratio).toBeCloseTo(109 / 110, 12);
    expect(s.pairedMedian).toBeCloseTo(0.9, 12);
    expect(s.pairedMin).toBeCloseTo(0.8, 12);
    expect(s.pairedMax).toBeCloseTo(1.1, 12);
    expect(s.faster).toBe(3);
    expect(s.rounds).toBe(4);
  });

  it('reads the suite\'s steps from its note, and nothing from other notes', () => {
    const note = 'summary, parking ×3, elevators; ms by step (the first to read a layer prepares it): summary 157, parking.self 175, elevators 1229 (GC pauses 10 % of the time)';
    expect([...stepTimes(note)]).toEqual([['summary', 157], ['parking.self', 175], ['elevators', 1229]]);
    expect(stepTimes('226 districts').size).toBe(0);
  });

  it('refuses a folder that is not a checkout with its tools installed, saying why', () => {
    const empty = mkdtempSync(join(tmpdir(), 'atlas-against-'));
    try {
      expect(againstProblem(empty)).toMatch(/not a checkout of this project/);
      expect(againstProblem(PROJECT_ROOT)).toBeNull();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('prints one line per entry, the steps of a suite under it, and a side\'s failure as such', () => {
    const suite = (ms: number, summary: number) => run(ms, `…; ms by step (x): summary ${summary}, elevators ${ms - summary}`);
    const results: AgainstResult[] = [
      { entry: 'suite.cold.core', communities: 3000, base: [suite(2000, 200), suite(2200, 200)], current: [suite(1800, 180), suite(2000, 200)] },
      { entry: 'elevators', communities: 3000, base: [], current: [], error: 'isolated run of elevators: no cold entry named elevators' },
    ];
    const lines = formatAgainst(results);
    expect(lines[1]).toMatch(/^suite\.cold\.core\s+3000\s+2100\s+1900\s+0\.905\s+0\.905 \(0\.900–0\.909\), 2 of 2$/);
    expect(lines[2]).toMatch(/^ {2}summary\s+200\s+190\s+0\.950/);
    expect(lines[3]).toMatch(/^ {2}elevators\s+1900\s+1710\s+0\.900/);
    expect(lines[4]).toMatch(/elevators\s+3000\s+error: isolated run of elevators: no cold entry named elevators$/);
  });

  it('compares this checkout against itself end to end (a small set, one round)', async () => {
    const writes: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (writes.push(String(chunk)), true)) as typeof process.stdout.write;
    const quiet = process.stderr.write.bind(process.stderr);
    process.stderr.write = (() => true) as typeof process.stderr.write;
    let code: number;
    try {
      code = await main(['bench', '--against', PROJECT_ROOT, '--only', 'summary', '--communities', '20', '--rounds', '1', '--no-warm-up']);
    } finally {
      process.stdout.write = original;
      process.stderr.write = quiet;
    }
    expect(code).toBe(0);
    const text = writes.join('');
    expect(text).toContain(`bench --against ${PROJECT_ROOT}: summary at 20 communities, 1 round(s)`);
    expect(text).toMatch(/\nsummary\s+20\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+ \([\d.]+–[\d.]+\), [01] of 1\n/);
  }, 60_000);

  it('says what is wrong with the options', async () => {
    const quiet = process.stderr.write.bind(process.stderr);
    const errors: string[] = [];
    process.stderr.write = ((chunk: string) => (errors.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['bench', '--against'])).toBe(2);
      expect(await main(['bench', '--against', tmpdir()])).toBe(2);
      expect(await main(['bench', '--against', PROJECT_ROOT, '--rounds', '0'])).toBe(2);
      expect(await main(['bench', '--against', PROJECT_ROOT, '--only', 'nothing.like.it'])).toBe(2);
    } finally {
      process.stderr.write = quiet;
    }
    expect(errors.join('')).toMatch(/--against needs a value \(DIR\)[\s\S]*not a checkout of this project[\s\S]*--rounds: "0"[\s\S]*names no benchmark entry/);
  });
});

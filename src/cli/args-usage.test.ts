/**
 * How the command line reads its arguments, as a script author meets it: a switch never eats
 * the file after it, a flag left without its value and a stray argument are refused (exit 2,
 * one line), numbers are numbers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { numberFlag, parseArgs } from './args';
import { runCli } from './run-cli.test-support';

afterEach(() => vi.restoreAllMocks());

const run = runCli;

describe('switches', () => {
  it('a switch (--gcj02, --bd09, --cheap, --no-warm-up, --fix, --help) takes no value: the file after it stays a file', () => {
    const args = parseArgs(['a.geojson', '--gcj02', 'b.geojson', '--fix', 'c.geojson', '--cheap', 'x']);
    expect(args.positionals).toEqual(['a.geojson', 'b.geojson', 'c.geojson', 'x']);
    expect(args.flags.get('gcj02')).toEqual(['true']);
    expect(args.flags.get('fix')).toEqual(['true']);
    expect(parseArgs(['--fix=closeRings']).flags.get('fix')).toEqual(['closeRings']);
  });

  it('validate reads every file named, also one after --gcj02', async () => {
    const { code, stdout } = await run('validate', 'data/demo/districts.geojson', '--gcj02', 'data/demo/communities.geojson');
    expect(code).toBe(0);
    expect(stdout).toContain('districts.geojson (districts)');
    expect(stdout).toContain('communities.geojson (communities)');
  });
});

describe('flags without their value', () => {
  it('--out at the end is refused, not taken as "write to stdout"', async () => {
    const { code, stdout, stderr } = await run('analyze', 'summary', '--data', 'data/demo', '--out');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('analyze summary: --out needs a value (FILE)\n');
  });

  it('--mode, --ratio and --data without a value name the flag, not "true"', async () => {
    expect((await run('analyze', 'parking', '--data', 'data/demo', '--mode')).stderr).toBe('analyze parking: --mode needs a value (self|district|cross)\n');
    expect((await run('analyze', 'parking', '--ratio', '--data', 'data/demo')).stderr).toBe('analyze parking: --ratio needs a value (R)\n');
    const { code, stderr } = await run('analyze', 'services', '--data', '--type', 'clinic');
    expect(code).toBe(2);
    expect(stderr).toBe('analyze services: --data needs a value (DIR)\n');
  });
});

describe('stray arguments', () => {
  it('an argument a command does not take is refused', async () => {
    const { code, stdout, stderr } = await run('analyze', 'parking', '--data', 'data/demo', '--walk', '400', '500');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('analyze parking: unexpected argument "500" (analyze parking takes only flags)\n');
  });
});

describe('numbers', () => {
  it('an empty or non-decimal value is not a number (it was read as 0, or as hex)', () => {
    for (const raw of ['', ' ', '0x10', '1,5', 'NaN', 'Infinity', '5m']) {
      expect(() => numberFlag(parseArgs([`--walk=${raw}`]), 'walk'), raw).toThrow(`--walk: "${raw}" is not a number`);
    }
    for (const [raw, value] of [['400', 400], ['-5', -5], ['0.8', 0.8], ['.5', 0.5], ['1e3', 1000], ['+2', 2]] as const) {
      expect(numberFlag(parseArgs(['--walk', raw]), 'walk')).toBe(value);
    }
  });
});

/** Flags a command does not take are refused naming the closest one it does. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { checkFlags, closestFlag, CliInputError, parseArgs } from './args';
import { main } from './main';

afterEach(() => vi.restoreAllMocks());

const PARKING = ['data', 'mode', 'ratio', 'area-per-space', 'walk', 'levels', 'min-spaces', 'out'];

describe('unknown flags', () => {
  it('names the flag and the closest known one', () => {
    expect(() => checkFlags(parseArgs(['--data', 'd', '--max-walk', '500']), PARKING, 'analyze parking')).toThrow(CliInputError);
    expect(() => checkFlags(parseArgs(['--max-walk', '500']), PARKING, 'analyze parking')).toThrow('analyze parking: unknown flag --max-walk; did you mean --walk?');
    expect(closestFlag('site', ['data', 'type', 'radius', 'sites', 'mode'])).toBe('sites');
    expect(closestFlag('ratoi', PARKING)).toBe('ratio');
  });

  it('lets every known flag through', () => {
    fc.assert(fc.property(fc.subarray(PARKING), (names) => {
      checkFlags(parseArgs(names.flatMap((name) => [`--${name}`, '1'])), PARKING, 'analyze parking');
    }));
  });

  it('stops analyze before it runs, with exit 2 and one line', async () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['analyze', 'services', '--data', 'data/demo', '--type', 'canteen', '--site', '5'])).toBe(2);
    expect(lines).toEqual(['analyze services: unknown flag --site; did you mean --sites?\n']);
    expect(out).not.toHaveBeenCalled();
  });
});

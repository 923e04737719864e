/**
 * The parking command end to end through main(): JSON written with --out, exit 2 with one
 * line naming file, feature and field on bad input.
 */
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main';

const FIXTURE = join(import.meta.dirname, '../../../test/fixtures/parking/greedy');

function captureStderr() {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return { lines, spy };
}

afterEach(() => vi.restoreAllMocks());

describe('analyze parking (CLI)', () => {
  it('writes the result as JSON with --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parking-cli-')), 'sub', 'result.json');
    const code = await main(['analyze', 'parking', '--data', FIXTURE, '--ratio', '1', '--walk', '100', '--mode', 'cross', '--out', out]);
    expect(code).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.totals).toEqual({ demand: 20, supply: 0, deficit: 20, capacity: 20, allocated: 20, unmet: 0 });
    expect(result.params).toMatchObject({ mode: 'cross', ratio: 1, maxWalkM: 100 });
    expect(result.flows).toHaveLength(2);
    expect(Object.keys(result.communities[0])).toEqual(expect.arrayContaining(['id', 'districtId', 'demand', 'supply', 'deficit', 'allocated']));
    expect(Object.keys(result.parcels[0])).toEqual(expect.arrayContaining(['id', 'districtId', 'usableAreaM2', 'capacity', 'retained', 'allocated']));
  });

  it('passes --area-per-space, --levels and --min-spaces through', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parking-cli-')), 'r.json');
    const code = await main(['analyze', 'parking', '--data', FIXTURE, '--area-per-space', '20', '--levels', '2', '--min-spaces', '100', '--out', out]);
    expect(code).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.parcels.map((p: { capacity: number; retained: boolean }) => [p.capacity, p.retained])).toEqual([
      [30, false],
      [30, false],
    ]);
  });

  it('exits 2 naming the file, the features and the field when households are missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parking-cli-'));
    cpSync(FIXTURE, dir, { recursive: true });
    const communities = JSON.parse(readFileSync(join(dir, 'communities.geojson'), 'utf8'));
    delete communities.features[1].properties.households;
    writeFileSync(join(dir, 'communities.geojson'), JSON.stringify(communities));
    const { lines } = captureStderr();
    const code = await main(['analyze', 'parking', '--data', dir]);
    expect(code).toBe(2);
    // The validator's warning for the feature comes first; then the engine's one-line reason.
    const errors = lines.filter((line) => !line.startsWith('warning: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/communities\.geojson.*B.*households/);
    expect(lines.filter((line) => line.startsWith('warning: '))).toEqual([expect.stringMatching(/communities\.geojson: feature #2 \(id "B"\), field households/)]);
  });

  it('exits 2 on a bad flag value, a missing folder and malformed JSON', async () => {
    captureStderr();
    expect(await main(['analyze', 'parking', '--data', FIXTURE, '--mode', 'everywhere'])).toBe(2);
    expect(await main(['analyze', 'parking', '--data', FIXTURE, '--ratio', 'lots'])).toBe(2);
    expect(await main(['analyze', 'parking', '--data', FIXTURE, '--area-per-space', '0'])).toBe(2);
    expect(await main(['analyze', 'parking', '--data', '/no/such/folder'])).toBe(2);
    expect(await main(['analyze', 'parking'])).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'parking-cli-'));
    writeFileSync(join(dir, 'communities.geojson'), '{"type": "FeatureCollection", "features": [');
    expect(await main(['analyze', 'parking', '--data', dir])).toBe(2);
  });

  it('names the flag typed, not the engine\'s field, and says it before reading any file', async () => {
    const cases: [string[], string][] = [
      [['--walk', '-5'], '--walk: "-5" must be a number ≥ 0'],
      [['--ratio', '-0.5'], '--ratio: "-0.5" must be a number ≥ 0'],
      [['--levels', '0'], '--levels: "0" must be a whole number ≥ 1'],
      [['--levels', '1.5'], '--levels: "1.5" must be a whole number ≥ 1'],
      [['--area-per-space', '0'], '--area-per-space: "0" must be a number > 0'],
      [['--min-spaces', '-1'], '--min-spaces: "-1" must be a number ≥ 0'],
    ];
    for (const command of ['parking', 'pooling']) {
      for (const [flags, message] of cases) {
        const { lines } = captureStderr();
        // A folder that does not exist: the parameter is said first, without reading anything.
        expect(await main(['analyze', command, '--data', '/no/such/folder', ...flags])).toBe(2);
        expect(lines).toEqual([`analyze ${command}: ${message}\n`]);
        vi.restoreAllMocks();
      }
    }
  });
});

/** The elevator command end to end through main(): JSON with --out, exit 2 on bad input. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rectangle, scene, slab } from '../../../test/fixtures/elevators/scene';
import { elevatorJson, runElevators } from '../../analysis/elevators';
import { loadDataDir } from '../data-dir';
import { main } from '../main';

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'elevators-cli-'));
  const layers = scene({ buildings: [slab(), rectangle(0, 33.9, 12, 43.9, { id: 'N', communityId: 'C', floors: 1 })] });
  writeFileSync(join(dir, 'buildings.geojson'), JSON.stringify(layers.buildings));
  writeFileSync(join(dir, 'communities.geojson'), JSON.stringify(layers.communities));
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe('analyze elevators (CLI)', () => {
  it('writes totals, units, buildings and passes the flags through', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'elevators-out-')), 'r.json');
    const code = await main(['analyze', 'elevators', '--data', dataDir(), '--required-hours', '24', '--date', '2025-01-21', '--min-floors', '5', '--out', out]);
    expect(code).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.totals).toMatchObject({ candidateBuildings: 1, candidateUnits: 2 });
    expect(result.params).toMatchObject({ requiredHours: 24, date: '2025-01-21', minFloors: 5 });
    expect(result.units[0]).toMatchObject({ buildingId: 'B', communityId: 'C', unit: 1, status: 'conditional', reasons: ['SUNLIGHT'] });
    expect(result.buildings[0]).toMatchObject({ id: 'B', units: 2 });
    // The slab is 24 × 10 m of 6 floors: 1,440 m², 2/3 = 960 m² take part, 3/4 of that = 720 m² agree.
    expect(result.buildings[0]).toMatchObject({ floorAreaM2: 1440, mustTakePartAreaM2: 960, mustAgreeAreaM2: 720 });
  });

  it('says on stderr, not only inside the JSON, that the communities layer is missing', async () => {
    const dir = dataDir();
    const noCommunities = mkdtempSync(join(tmpdir(), 'elevators-nocomm-'));
    writeFileSync(join(noCommunities, 'buildings.geojson'), readFileSync(join(dir, 'buildings.geojson')));
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    const out = join(mkdtempSync(join(tmpdir(), 'elevators-out-')), 'r.json');
    expect(await main(['analyze', 'elevators', '--data', noCommunities, '--out', out])).toBe(0);
    expect(lines).toEqual([`warning: ${join(noCommunities, 'communities.geojson')} missing: every unit is OUTSIDE_SITE\n`]);
  });

  it('exits 2 with one line on bad input', async () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    expect(await main(['analyze', 'elevators', '--data', dataDir(), '--date', '2025-02-30'])).toBe(2);
    expect(await main(['analyze', 'elevators', '--data', dataDir(), '--min-floors', 'four'])).toBe(2);
    expect(await main(['analyze', 'elevators', '--data', mkdtempSync(join(tmpdir(), 'empty-'))])).toBe(2);
    expect(await main(['analyze', 'elevators'])).toBe(2);
    expect(lines.join('')).toMatch(/--date: "2025-02-30"/);
    expect(lines.join('')).toMatch(/buildings\.geojson: missing/);
  });

  it('streams the very text JSON.stringify(elevatorJson(result), null, 2) gives, to a file and to stdout', async () => {
    const dir = dataDir();
    const result = runElevators(loadDataDir(dir));
    if (!result.ok) throw new Error(result.error.message);
    const whole = `${JSON.stringify(elevatorJson(result.value), null, 2)}\n`;
    const out = join(mkdtempSync(join(tmpdir(), 'elevators-out-')), 'r.json');
    expect(await main(['analyze', 'elevators', '--data', dir, '--out', out])).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(whole);
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string, callback?: () => void) => {
      stdout += chunk;
      callback?.();
      return true;
    }) as typeof process.stdout.write);
    expect(await main(['analyze', 'elevators', '--data', dir])).toBe(0);
    expect(stdout).toBe(whole);
  });
});

/**
 * The services command end to end through main(): the pooling fixture written to a data
 * folder, JSON written with --out, exit 2 on bad input.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { poolingFixture } from '../../../test/fixtures/services/planar-layers';
import { LAYER_FILES, type LayerName } from '../../model/layers';
import { main } from '../main';

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'services-cli-'));
  for (const [name, collection] of Object.entries(poolingFixture())) writeFileSync(join(dir, LAYER_FILES[name as LayerName]), JSON.stringify(collection));
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe('analyze services (CLI)', () => {
  it('writes totals, communities, sites and solver with --out', async () => {
    const dir = dataDir();
    const out = join(dir, 'out', 'services.json');
    const code = await main(['analyze', 'services', '--data', dir, '--type', 'elderly_care', '--mode', 'cross', '--sites', '1', '--radius', '300', '--out', out]);
    expect(code).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.totals).toMatchObject({ communities: 2, covered: 0, newlyCovered: 2, newlyCoveredDemand: 156 });
    expect(result.sites).toEqual([expect.objectContaining({ id: 'S2', newlyCoveredDemand: 156 })]);
    expect(result.solver).toEqual({ status: 'optimal', objective: 156, gap: 0 });
    expect(Object.keys(result.communities[0])).toEqual(expect.arrayContaining(['id', 'demand', 'distanceM', 'covered', 'coveredAfter']));
  });

  it('exits 2 with one line on bad input', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dir = dataDir();
    expect(await main(['analyze', 'services', '--data', dir, '--type', 'gym'])).toBe(2);
    expect(await main(['analyze', 'services', '--data', dir])).toBe(2);
    expect(await main(['analyze', 'services', '--data', dir, '--type', 'clinic', '--distance', 'network'])).toBe(2);
    expect(String(stderr.mock.calls.at(-1)?.[0])).toMatch(/roads\.geojson/);
  });
});

/**
 * Services in `network` mode against the reference written from DESIGN §3.3/§3.6 alone
 * (test/reference): per community distanceM (to 1e-6 m: the engine rounds to 6 decimals) and
 * covered, which uncovered communities each candidate site reaches, and the siting objective.
 * On a hand-built district, on seeded random small districts (fast-check), and on the
 * generated demo read through the CLI's loader.
 */
import fc from 'fast-check';
import type { Polygon } from 'geojson';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareServices } from '../../../test/reference/compare-services-network';
import { randomScenario } from '../../../test/reference/random-scenario';
import { community, facility, idle, layerSet, road } from '../../../test/fixtures/services/planar-layers';
import { loadDataDir } from '../../cli/data-dir';
import { generateDemo } from '../../cli/demo';
import { runServices } from './index';

/**
 * Metres: a 2 km main road y = 0 and a 1.2 km island road y = 2000 (its own part, kept).
 * A 50 m north of the main road, an elderly-care home at (50, −10): 10 + 50 = 60 m.
 * B 50 m south of the island: no path from any facility, null.
 * C over 500 m from every road, a home on its corner: touching, 0.
 * H 100 m north of the main road with a hole holding a home 250 m from the road: the home is
 *   not inside H, 250 + 100 = 350 m along the road (50 m in a straight line).
 * Sites: S1 shares B's east edge (0, though neither reaches a road of the other's part);
 * S2 20 m off the main road below H: 20 + 100 = 120 m; S3 reaches no one.
 */
const ringOf = (box: [number, number, number, number]) => (community('', box).geometry as Polygon).coordinates[0];

function district() {
  return layerSet({
    roads: [road('main', [[-500, 0], [1500, 0]]), road('island', [[0, 2000], [1200, 2000]])],
    communities: [
      community('A', [0, 50, 100, 150], { population: 400, elderlyShare: 0.25 }),
      community('B', [300, 1850, 400, 1950], { population: 1000, elderlyShare: 0.2 }),
      community('C', [3000, 3000, 3100, 3100], { population: 100, elderlyShare: 0.2 }),
      { ...community('H', [600, 100, 900, 400], { population: 500, elderlyShare: 0.3 }), geometry: { type: 'Polygon', coordinates: [ringOf([600, 100, 900, 400]), ringOf([700, 200, 800, 300])] } },
    ],
    facilities: [facility('f1', 'elderly_care', [50, -10]), facility('f2', 'elderly_care', [3100, 3100]), facility('f3', 'elderly_care', [750, 250])],
    idleLand: [idle('S1', [400, 1850, 450, 1900]), idle('S2', [650, 20, 700, 60]), idle('S3', [5000, 5000, 5050, 5050])],
  });
}

describe('services along the network: hand-built district', () => {
  it('matches the reference and the hand-worked distances', async () => {
    const params = { type: 'elderly_care', radiusM: 300, sites: 1, mode: 'cross', minAreaM2: 350 } as const;
    expect((await compareServices(district(), params)).differences).toEqual([]);
    const result = await runServices(district(), { ...params, distance: 'network' });
    if (!result.ok) throw new Error(result.error.message);
    const rows = new Map(result.value.communities.map((row) => [row.id, row]));
    expect(rows.get('A')!.distanceM).toBeCloseTo(60, 4);
    expect(rows.get('B')).toMatchObject({ distanceM: null, covered: false });
    expect(rows.get('C')).toMatchObject({ distanceM: 0, covered: true, nearestFacilityId: 'f2' });
    expect(rows.get('H')!.distanceM).toBeCloseTo(350, 4);
    expect(result.value.solver.objective).toBeCloseTo(200, 6); // S1 for B
    const both = await compareServices(district(), { ...params, sites: 2 });
    expect(both.differences).toEqual([]);
  });

  it('uses one distance for coverage and siting, also where merged ends make it shorter than the straight line', async () => {
    // Two roads whose ends, 0.4 m apart along x = 150, are one node: 150 + 149.6 = 299.6 m from
    // x = 0 to the community's west edge at x = 300, which is 300 m away in a straight line.
    const roads = [road('a', [[0, 0], [150, 0]]), road('b', [[150.4, 0], [1200, 0]])];
    const target = community('C', [300, -20, 400, 20], { population: 100, elderlyShare: 0.5 });
    const params = { type: 'elderly_care', radiusM: 299.8, sites: 1, mode: 'cross', minAreaM2: 0 } as const;
    const covering = layerSet({ roads, communities: [target], facilities: [facility('f', 'elderly_care', [0, 0])] });
    expect((await compareServices(covering, params)).differences).toEqual([]);
    const siting = layerSet({ roads, communities: [target], idleLand: [idle('S', [-50, -20, 0, 20])] });
    expect((await compareServices(siting, params)).differences).toEqual([]);
    const result = await runServices(siting, { ...params, distance: 'network' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.solver.objective).toBe(50);
    expect(result.value.communities[0]).toMatchObject({ covered: false, coveredAfter: true, newSiteId: 'S' });
  });
});

describe('services along the network: random small districts', () => {
  it('agree with the reference: distanceM, covered, each site\'s reach, the siting objective', async () => {
    const totals = { communities: 0, reachable: 0, candidates: 0 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const scenario = randomScenario(seed);
        const comparison = await compareServices(scenario.layers, { type: 'elderly_care', radiusM: scenario.radiusM, sites: scenario.sites, mode: scenario.mode, minAreaM2: scenario.minAreaM2 });
        expect(comparison.differences, `seed ${seed}`).toEqual([]);
        totals.communities += comparison.communities;
        totals.reachable += comparison.reachable;
        totals.candidates += comparison.candidates;
      }),
      { numRuns: 150 },
    );
    expect(totals.reachable).toBeGreaterThan(0);
  }, 60_000);
});

describe('services along the network: the generated demo through the CLI loader', () => {
  it('agrees with the reference for elderly care, district and cross', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ref-network-demo-'));
    try {
      for (const [name, text] of Object.entries(generateDemo({ communities: 30 }).files)) writeFileSync(join(dir, name), text);
      const layers = loadDataDir(dir, () => {});
      for (const mode of ['district', 'cross'] as const) {
        const comparison = await compareServices(layers, { type: 'elderly_care', radiusM: 300, sites: 3, mode, minAreaM2: 350 });
        expect(comparison.differences).toEqual([]);
        expect(comparison.reachable).toBe(30);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** Integration on a real compound (火炬小区, Binjiang; OSM footprints): 27 candidates. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../cli/data-dir';
import { runElevators, unitFootprint } from '.';

const DIR = '/work/shared/realdata/hangzhou-huoju-noelev13';
const present = existsSync(DIR);
if (!present) console.warn(`skipping the real-data elevator test: ${DIR} is absent (it lives outside the repository)`);

describe.skipIf(!present)('elevators on hangzhou-huoju-noelev13', () => {
  it('finds the 27 candidates, with consistent totals, footprints and consent', () => {
    const result = runElevators(loadDataDir(DIR));
    if (!result.ok) throw new Error(result.error.message);
    const { totals, units, buildings } = result.value;
    expect(totals.candidateBuildings).toBe(27);
    expect(buildings).toHaveLength(27);
    expect(totals.candidateUnits).toBe(units.length);
    expect(totals.feasible + totals.conditional + totals.infeasible).toBe(units.length);
    expect(buildings.reduce((sum, b) => sum + b.units, 0)).toBe(units.length);
    for (const [i, unit] of units.entries()) {
      expect(unit.communityId).toBe('huoju');
      expect(unitFootprint(result.value.footprints, i).coordinates[0]).toHaveLength(5);
      expect(unit.reasons.includes('SUNLIGHT')).toBe(unit.sunlight.length > 0);
    }
    for (const building of buildings) {
      expect(building.households).toBeGreaterThan(0);
      expect(building.mustTakePart).toBe(Math.ceil((2 * building.households) / 3));
      expect(building.mustAgree).toBe(Math.ceil((3 * building.mustTakePart) / 4));
    }
  });
});

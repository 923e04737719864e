import { describe, expect, it } from 'vitest';
import { collection, deepFreeze, rectangle } from '../../../test/fixtures/geo';
import type { LayerSet } from '../../model/types';
import { runElevators } from '.';

/**
 * DESIGN §2: "a missing optional field takes a documented default and the result says so".
 * One community without households; B1 without hasElevator or use, B2 complete, B3 an office,
 * B4 a 3-storey office (below minFloors: not listed); a road without widthM, a tree without bufferM.
 */
function layers(): LayerSet {
  return deepFreeze({
    communities: collection([rectangle(-100, -100, 100, 100, { id: 'C' })]),
    buildings: collection([
      rectangle(-80, 0, -20, 12, { id: 'B1', communityId: 'C', floors: 6 }),
      rectangle(20, 0, 80, 12, { id: 'B2', communityId: 'C', floors: 6, hasElevator: false, use: 'residential' }),
      rectangle(-80, -60, -20, -48, { id: 'B3', communityId: 'C', floors: 6, hasElevator: false, use: '办公楼' }),
      rectangle(20, -60, 80, -48, { id: 'B4', communityId: 'C', floors: 3, use: '办公楼' }),
    ]),
    roads: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'R' }, geometry: { type: 'LineString', coordinates: [[120.14, 30.26], [120.16, 30.26]] } }] },
    protected: collection([rectangle(60, 60, 62, 62, { id: 'T', kind: 'ancient_tree' as const })]),
  }) as LayerSet;
}

describe('elevators: what the result rests on', () => {
  it('counts the defaults taken, by field', () => {
    const result = runElevators(layers());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.totals.candidateBuildings).toBe(2);
    expect(result.value.defaultsApplied).toEqual({ hasElevator: 1, use: 1, roadWidthM: 1, protectedBufferM: 1, communityHouseholds: 1 });
  });
  it('names the use values that kept tall buildings out, and says so in a warning', () => {
    const result = runElevators(layers());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.nonResidential).toEqual([{ use: '办公楼', buildings: 1 }]);
    expect(result.value.warnings.some((line) => line.includes('"办公楼" 1'))).toBe(true);
    const lower = runElevators(layers(), { minFloors: 3 });
    if (!lower.ok) throw new Error(lower.error.message);
    expect(lower.value.nonResidential).toEqual([{ use: '办公楼', buildings: 2 }]);
  });
  it('says when the units do not fit on the stair façade (a north–south slab, stairSide north: 5 units of a 60 m frame on a 10 m gable)', () => {
    const slab = (id: string, x0: number, y0: number, x1: number, y1: number) => rectangle(x0, y0, x1, y1, { id, communityId: 'C', floors: 6, hasElevator: false });
    const data = deepFreeze({
      communities: collection([rectangle(-100, -100, 100, 100, { id: 'C', households: 80 })]),
      buildings: collection([slab('NS', -60, -30, -50, 30), slab('EW', 0, 0, 60, 10)]),
    }) as LayerSet;
    const north = runElevators(data);
    if (!north.ok) throw new Error(north.error.message);
    expect(north.value.crowdedFacades).toBe(1);
    expect(north.value.warnings.find((line) => line.includes('stair façade'))).toMatch(/1 building\(s\).*facing north.*\(NS\)$/);
    // East: the EW slab's 10 m gable now takes its 5 units, the NS slab's 60 m side holds its 5.
    const east = runElevators(data, { stairSide: 'east' });
    if (!east.ok) throw new Error(east.error.message);
    expect(east.value.crowdedFacades).toBe(1);
    expect(east.value.warnings.some((line) => line.endsWith('(EW)'))).toBe(true);
  });
});

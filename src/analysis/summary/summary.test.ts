import { describe, expect, it } from 'vitest';
import { runSummary } from '.';
import { collection, deepFreeze, rectangle } from '../../../test/fixtures/geo';
import type { LayerSet } from '../../model/types';

// Two districts side by side: west (-1000..0) and east (0..1000), symmetric about the centre.
function fixture(): LayerSet {
  return deepFreeze({
    districts: collection([
      rectangle(-1000, -500, 0, 500, { id: 'W', name: '西片区' }),
      rectangle(0, -500, 1000, 500, { id: 'E', name: '东片区' }),
    ]),
    communities: collection([
      // 70 % in W, 30 % in E → W
      rectangle(-70, -50, 30, 50, { id: 'C1', households: 100, renovationStatus: 'completed' as const }),
      // districtId given wins over geometry
      rectangle(-900, -50, -800, 50, { id: 'C2', households: 50, population: 120, districtId: 'E', renovationStatus: 'planned' as const }),
      // outside both → null row
      rectangle(2000, 0, 2100, 100, { id: 'C3', households: 10 }),
    ]),
    buildings: collection([
      rectangle(-60, -40, -40, -30, { id: 'B1', communityId: 'C1', floors: 6 }),
      rectangle(-890, -40, -870, -30, { id: 'B2', communityId: 'C2', floors: 6 }),
    ]),
    idleLand: collection([
      rectangle(100, 100, 120, 110, { id: 'P1', kind: 'vacant' as const }), // 200 m² in E
      rectangle(-200, 100, -150, 110, { id: 'P2', kind: 'idle_building' as const }), // 500 m² in W
    ]),
  }) as LayerSet;
}

describe('runSummary', () => {
  it('counts per district with the district rule of DESIGN §3', () => {
    const result = runSummary(fixture());
    if (!result.ok) throw new Error(result.error.message);
    const row = (id: string | null) => result.value.districts.find((d) => d.id === id)!;
    expect(row('W')).toMatchObject({ communities: 1, households: 100, population: 260, buildings: 1, idleAreaM2: 500 });
    expect(row('W').statusCounts.completed).toBe(1);
    expect(row('W').idleAreaByKind.idle_building).toBe(500);
    expect(row('E')).toMatchObject({ communities: 1, households: 50, population: 120, buildings: 1, idleAreaM2: 200 });
    expect(row('E').statusCounts.planned).toBe(1);
    expect(row(null)).toMatchObject({ communities: 1, households: 10, population: 26 });
    expect(result.value.totals).toMatchObject({ communities: 3, households: 160, buildings: 2, idleAreaM2: 700 });
    // C3 has no renovationStatus: counted apart, so the status counts plus it make every community.
    expect(row(null).statusMissing).toBe(1);
    expect(row('W').statusMissing).toBe(0);
    expect(result.value.totals.statusMissing).toBe(1);
  });
});

describe('district of a feature: ties (DESIGN §3.6)', () => {
  it('an exact 50/50 split goes to the district first in file order, whichever order that is', () => {
    const straddling = rectangle(-50, -20, 50, 20, { id: 'S', households: 10 });
    for (const [first, second] of [['W', 'E'], ['E', 'W']]) {
      const districts = collection([
        rectangle(first === 'W' ? -1000 : 0, -500, first === 'W' ? 0 : 1000, 500, { id: first }),
        rectangle(second === 'W' ? -1000 : 0, -500, second === 'W' ? 0 : 1000, 500, { id: second }),
      ]);
      const result = runSummary({ districts, communities: collection([straddling]) } as LayerSet);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.districts.find((row) => row.communities === 1)!.id).toBe(first);
    }
  });
});

/**
 * Three communities small enough to work the ranking out by hand (see priority.test.ts):
 *
 * | community | households | spaces | demand (0.8) | deficit = unmet | built | candidate units |
 * |-----------|-----------:|-------:|-------------:|----------------:|------:|----------------:|
 * | A         | 100        | 30     | 80           | 50 (0.625)      | 1985  | 2 + 3 = 5       |
 * | B         | 200        | 160    | 160          | 0 (0)           | 1995  | 1               |
 * | C         | 50         | 0      | 40           | 40 (1)          | 2000  | 0 (3 floors)    |
 *
 * No idle land (nothing pooled, unmet = deficit) and no facilities (every type uncovered, so
 * the services criterion is 1 everywhere and normalises to 0).
 */
import { collection, rectangle } from '../../../test/fixtures/geo';
import type { LayerSet } from '../../model/types';
import type { ResidentTables } from '../residents/types';

export function threeCommunities(): LayerSet {
  return {
    communities: collection([
      rectangle(0, 0, 100, 100, { id: 'A', name: '甲小区', builtYear: 1985, households: 100, parkingSpaces: 30, items: ['elevator', 'pipes'] }),
      rectangle(200, 0, 300, 100, { id: 'B', name: '乙小区', builtYear: 1995, households: 200, parkingSpaces: 160, items: ['parking', 'elevator'] }),
      rectangle(400, 0, 500, 100, { id: 'C', name: '丙小区', builtYear: 2000, households: 50, parkingSpaces: 0, items: [] as string[] }),
    ]),
    buildings: collection([
      rectangle(10, 10, 40, 22, { id: 'A1', communityId: 'A', floors: 6, units: 2 }),
      rectangle(10, 50, 50, 62, { id: 'A2', communityId: 'A', floors: 5, units: 3 }),
      rectangle(210, 10, 240, 22, { id: 'B1', communityId: 'B', floors: 6, units: 1 }),
      rectangle(410, 10, 440, 22, { id: 'C1', communityId: 'C', floors: 3, units: 1 }),
    ]),
  } as LayerSet;
}

/**
 * A: needs 0.8 / 0.4 / 0.5 (mean 0.566667), pays 0.3, both units of A1 voted through.
 * B: needs 0.2 / 0.6 / 0.1 (mean 0.3), pays 0.6, B1's vote one household short.
 * C: not surveyed. Row Z and building NOPE match nothing.
 */
export function threeCommunityTables(): ResidentTables {
  return {
    surveys: [
      { row: 2, communityId: 'A', respondents: 60, needs: { elevator: 0.8, parking: 0.4, canteen: 0.5 }, willingToPay: 0.3, satisfaction: null },
      { row: 3, communityId: 'B', respondents: 90, needs: { elevator: 0.2, parking: 0.6, canteen: 0.1 }, willingToPay: 0.6, satisfaction: 4.1 },
      { row: 4, communityId: 'Z', respondents: 10, needs: { elevator: 0.9 }, willingToPay: 0.9, satisfaction: null },
    ],
    elevatorVotes: [
      { row: 2, buildingId: 'A1', unit: '1', households: 12, takingPart: 8, agreed: 6 },
      { row: 3, buildingId: 'A1', unit: '2', households: 12, takingPart: 12, agreed: 9 },
      { row: 4, buildingId: 'B1', unit: '1', households: 12, takingPart: 7, agreed: 6 },
      { row: 5, buildingId: 'NOPE', unit: '1', households: 12, takingPart: 12, agreed: 12 },
    ],
  };
}

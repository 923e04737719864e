/**
 * Votes by floor area as well as by head count (民法典 art. 278): ≥ 2/3 of the area takes
 * part, ≥ 3/4 of the area taking part agrees; both halves must hold when the row gives its
 * areas, and without them the area is unknown (neither passed nor failed by area).
 * Hand-worked: a 10 × 20 m building of 6 floors is 1,200 m²: take part ≥ 800, agree ≥ 600 m².
 */
import { describe, expect, it } from 'vitest';
import { collection, rectangle } from '../../../test/fixtures/geo';
import type { LayerSet } from '../../model/types';
import { areaVote, votingFloorArea } from './area-vote';
import { residentTablesFromCsv } from './from-csv';
import { runResidents } from './index';
import type { VoteRecord } from './types';
import { buildingAreaStatus, buildingVote, unitVote } from './votes';

const vote = (takingPart: number, agreed: number, areas: { takingPartAreaM2?: number; agreedAreaM2?: number } = {}, unit: string | null = null): VoteRecord =>
  ({ row: 2, buildingId: 'B', unit, households: 12, takingPart, agreed, ...areas });

describe('areaVote', () => {
  it('exactly at 800 and 600 m² of 1,200: reached; 0.1 m² less of either: short by 0.1 m²', () => {
    expect(areaVote({ takingPartAreaM2: 800, agreedAreaM2: 600 }, 1200, 'building')).toEqual({
      floorAreaM2: 1200, floorAreaSource: 'building', takingPartAreaM2: 800, agreedAreaM2: 600, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600,
      takePartAreaReached: true, agreeAreaReached: true, areaStatus: 'reached', missingAreaM2: 0,
    });
    expect(areaVote({ takingPartAreaM2: 799.9, agreedAreaM2: 700 }, 1200, 'building')).toMatchObject({ takePartAreaReached: false, agreeAreaReached: true, areaStatus: 'short', missingAreaM2: 0.1 });
    expect(areaVote({ takingPartAreaM2: 800, agreedAreaM2: 599.9 }, 1200, 'building')).toMatchObject({ takePartAreaReached: true, agreeAreaReached: false, areaStatus: 'short', missingAreaM2: 0.1 });
  });

  it('3/4 applies to the area actually taking part: all 1,200 m² took part, so 900 m² must agree', () => {
    expect(areaVote({ takingPartAreaM2: 1200, agreedAreaM2: 899.9 }, 1200, 'building')).toMatchObject({ mustAgreeAreaM2: 900, areaStatus: 'short', missingAreaM2: 0.1 });
    expect(areaVote({ takingPartAreaM2: 1200, agreedAreaM2: 900 }, 1200, 'building')).toMatchObject({ areaStatus: 'reached' });
  });

  it('both short: the larger gap (newcomers joining and agreeing count for both)', () => {
    // 700 of 1,200 m² took part (100 short), 450 agree: 600 needed at the quorum, 150 short.
    expect(areaVote({ takingPartAreaM2: 700, agreedAreaM2: 450 }, 1200, 'building')).toMatchObject({ areaStatus: 'short', missingAreaM2: 150 });
  });

  it('without areas on the row, or without the building’s floor area: unknown, with the thresholds when they are known', () => {
    expect(areaVote({}, 1200, 'building')).toEqual({
      floorAreaM2: 1200, floorAreaSource: 'building', takingPartAreaM2: null, agreedAreaM2: null, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600,
      takePartAreaReached: null, agreeAreaReached: null, areaStatus: 'unknown', missingAreaM2: 0,
    });
    expect(areaVote({ takingPartAreaM2: 800, agreedAreaM2: 600 }, null, 'none')).toMatchObject({ floorAreaM2: null, mustTakePartAreaM2: null, areaStatus: 'unknown', missingAreaM2: 0 });
  });

  it('a unit row stands for an even share of the building’s area, to 0.1 m²', () => {
    expect(votingFloorArea(null, { buildingFloorAreaM2: 1200, units: 2 })).toEqual({ floorAreaM2: 1200, source: 'building' });
    expect(votingFloorArea('1', { buildingFloorAreaM2: 1200, units: 2 })).toEqual({ floorAreaM2: 600, source: 'building-share' });
    expect(votingFloorArea('1', { buildingFloorAreaM2: 1000, units: 3 })).toEqual({ floorAreaM2: 333.3, source: 'building-share' });
    expect(votingFloorArea('1', { buildingFloorAreaM2: 0, units: 2 })).toEqual({ floorAreaM2: null, source: 'none' });
  });
});

describe('unitVote by head count and by area', () => {
  const area = (record: VoteRecord) => areaVote(record, 1200, 'building');

  it('passes only when both halves hold', () => {
    const both = vote(8, 6, { takingPartAreaM2: 800, agreedAreaM2: 600 });
    expect(unitVote(both, 12, 'row', area(both))).toMatchObject({ status: 'reached', areaStatus: 'reached', missingHouseholds: 0, missingAreaM2: 0 });
  });

  it('heads reached but area short: short, 差 0 户 and the area missing', () => {
    const record = vote(8, 6, { takingPartAreaM2: 750, agreedAreaM2: 600 });
    expect(unitVote(record, 12, 'row', area(record))).toMatchObject({ status: 'short', takePartReached: true, agreeReached: true, areaStatus: 'short', missingHouseholds: 0, missingAreaM2: 50 });
  });

  it('area reached but heads short: short by households only', () => {
    const record = vote(7, 6, { takingPartAreaM2: 900, agreedAreaM2: 700 });
    expect(unitVote(record, 12, 'row', area(record))).toMatchObject({ status: 'short', areaStatus: 'reached', missingHouseholds: 1, missingAreaM2: 0 });
  });

  it('no area given: judged by head count, its area unknown (not passed, not failed by area)', () => {
    const record = vote(8, 6);
    expect(unitVote(record, 12, 'row', area(record))).toMatchObject({ status: 'reached', areaStatus: 'unknown', mustTakePartAreaM2: 800, mustAgreeAreaM2: 600, missingAreaM2: 0 });
    // Called as before (no area at all): the same head-count verdict.
    expect(unitVote(record, 12, 'row')).toMatchObject({ status: 'reached', areaStatus: 'unknown', floorAreaM2: null });
  });

  it('nobody took part: 未表决, whatever the area', () => {
    const record = vote(0, 0, { takingPartAreaM2: 0, agreedAreaM2: 0 });
    expect(unitVote(record, 12, 'row', area(record))).toMatchObject({ status: 'none', missingAreaM2: 0 });
  });
});

describe('buildingVote', () => {
  const elevator = { id: 'B', communityId: 'C', units: 2, feasible: 2, households: 24, mustTakePart: 16, mustAgree: 12, floorAreaM2: 1200, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600 };
  const context = { communityId: 'C', households: 24, elevator };

  it('shares the analysis’s floor area among units; sums the units’ missing area in tenths', () => {
    // Each unit stands for 600 m²: take part ≥ 400, agree ≥ 300.
    const rows = [vote(8, 6, { takingPartAreaM2: 399.9, agreedAreaM2: 300 }, '1'), vote(8, 6, { takingPartAreaM2: 400, agreedAreaM2: 299.8 }, '2')];
    const building = buildingVote('B', context, rows);
    expect(building).toMatchObject({
      status: 'short', missingHouseholds: 0, areaStatus: 'short', missingAreaM2: 0.3,
      floorAreaM2: 1200, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600, unitsReached: 0,
    });
    expect(building.votes.map((v) => [v.floorAreaM2, v.floorAreaSource, v.mustTakePartAreaM2, v.mustAgreeAreaM2])).toEqual([[600, 'building-share', 400, 300], [600, 'building-share', 400, 300]]);
  });

  it('area status over the voted units: short if one is, reached if all are, else unknown', () => {
    expect(buildingAreaStatus(['reached', 'reached'])).toBe('reached');
    expect(buildingAreaStatus(['reached', 'unknown'])).toBe('unknown');
    expect(buildingAreaStatus(['unknown', 'short'])).toBe('short');
    expect(buildingAreaStatus([])).toBe('unknown');
    expect(buildingVote('B', context, [vote(8, 6, {}, '1')])).toMatchObject({ status: 'reached', areaStatus: 'unknown', missingAreaM2: 0 });
  });
});

describe('a Chinese-headed elevator_votes.csv with area columns, through to the residents’ result', () => {
  // Two 10 × 20 m buildings of 6 floors (1,200 m² each) share 48 households: 24 each, 2 units.
  const layers = {
    communities: collection([rectangle(-50, -50, 100, 100, { id: 'C', households: 48 })]),
    buildings: collection([
      rectangle(0, 0, 20, 10, { id: 'B', communityId: 'C', floors: 6, units: 2 }),
      rectangle(0, 50, 20, 60, { id: 'N', communityId: 'C', floors: 6, units: 2 }),
    ]),
  } as LayerSet;
  const csv = [
    '楼栋编号,单元,户数,参与表决户数,同意户数,参与表决面积(㎡),同意面积(㎡)',
    'B,1,12,8,6,400㎡,300',
    'B,2,12,9,7,399.9,350',
    'N,,,16,12,,',
  ].join('\n');

  it('maps the area columns by their Chinese names and judges each row by both halves', async () => {
    const read = await residentTablesFromCsv({ elevatorVotes: csv });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.tables.elevatorVotes).toEqual([
      { row: 2, buildingId: 'B', unit: '1', households: 12, takingPart: 8, agreed: 6, takingPartAreaM2: 400, agreedAreaM2: 300 },
      { row: 3, buildingId: 'B', unit: '2', households: 12, takingPart: 9, agreed: 7, takingPartAreaM2: 399.9, agreedAreaM2: 350 },
      { row: 4, buildingId: 'N', unit: null, households: null, takingPart: 16, agreed: 12 },
    ]);
    const result = await runResidents(layers, read.value.tables);
    if (!result.ok) throw new Error(result.error.message);
    const byId = Object.fromEntries(result.value.buildings.map((b) => [b.buildingId, b]));
    // B: unit 1 meets 400 / 300 m² of its 600; unit 2 is 0.1 m² short of 400 though its households passed.
    expect(byId.B).toMatchObject({ status: 'short', missingHouseholds: 0, areaStatus: 'short', missingAreaM2: 0.1, floorAreaM2: 1200, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600, unitsReached: 1 });
    expect(byId.B.votes.map((v) => [v.status, v.areaStatus])).toEqual([['reached', 'reached'], ['short', 'short']]);
    // N: the whole building by head count (24 households: 16 and 12), its area unknown.
    expect(byId.N).toMatchObject({ status: 'reached', areaStatus: 'unknown', missingAreaM2: 0 });
    expect(byId.N.votes[0]).toMatchObject({ floorAreaM2: 1200, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600, takingPartAreaM2: null, areaStatus: 'unknown' });
    expect(result.value.communities[0].votes).toMatchObject({ reached: 1, short: 1, missingHouseholds: 0, missingAreaM2: 0.1 });
  });

  it('warns when the area taking part is more than the floor area estimated for the row', async () => {
    const read = await residentTablesFromCsv({ elevatorVotes: 'buildingId,unit,households,takingPart,agreed,takingPartAreaM2,agreedAreaM2\nB,1,12,12,12,650,650\n' });
    if (!read.ok) throw new Error(read.error.message);
    const result = await runResidents(layers, read.value.tables);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.issues.map((issue) => [issue.code, issue.message])).toEqual([[
      'ABOVE_AREA_ESTIMATE', 'elevator_votes.csv: row 2 (building B), field takingPartAreaM2: 650 m² taking part is more than the 600 m² floor area estimated from the footprint × floors',
    ]]);
  });
});

/** The join of the two tables to communities and buildings, unmatched rows, and asked vs planned. */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../test/fixtures/geo';
import { threeCommunities, threeCommunityTables } from '../priority/test-fixtures';
import { askedVersusPlanned, runResidents } from './index';

describe('runResidents on three hand-made communities', () => {
  it('joins surveys to communities and votes to buildings; reports rows that match nothing by id', async () => {
    const layers = deepFreeze(threeCommunities());
    const tables = deepFreeze(threeCommunityTables());
    const result = await runResidents(layers, tables);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out = result.value;
    expect(out.unmatched).toEqual({ surveys: [{ row: 4, communityId: 'Z' }], elevatorVotes: [{ row: 5, buildingId: 'NOPE' }] });
    expect(out.issues.map((i) => i.message)).toEqual([
      'surveys.csv: row 4, field communityId: community Z is not in the communities layer',
      'elevator_votes.csv: row 5, field buildingId: building NOPE is not in the buildings layer',
    ]);
    const byId = Object.fromEntries(out.communities.map((c) => [c.id, c]));
    expect(byId.A).toMatchObject({ surveyed: true, surveyRow: 2, respondents: 60, willingToPay: 0.3, needs: { elevator: 0.8 } });
    expect(byId.C).toMatchObject({ surveyed: false, needs: {}, willingToPay: null });
    expect(out.totals).toMatchObject({ communities: 3, surveyed: 2, surveyRows: 3, voteRows: 4, buildingsReached: 1, buildingsShort: 1, buildingsNone: 1 });
  });

  it('gives every elevator candidate a vote status: 已达标, 差 N 户 or 未表决', async () => {
    const result = await runResidents(threeCommunities(), threeCommunityTables());
    if (!result.ok) throw new Error(result.error.message);
    const byId = Object.fromEntries(result.value.buildings.map((b) => [b.buildingId, b]));
    expect(Object.keys(byId).sort()).toEqual(['A1', 'A2', 'B1']); // C1 has 3 floors: no candidate, no vote
    expect(byId.A1).toMatchObject({ status: 'reached', unitsVoted: 2, unitsReached: 2, unitsTotal: 2, candidate: true, communityId: 'A' });
    expect(byId.A2).toMatchObject({ status: 'none', unitsVoted: 0, unitsTotal: 3 });
    expect(byId.B1).toMatchObject({ status: 'short', missingHouseholds: 1 });
    // The analysis's consent numbers come along for the panel (民法典 art. 278 on the building's households).
    expect(byId.A1.mustTakePart).toBe(Math.ceil((2 * (byId.A1.households ?? 0)) / 3));
    const voices = Object.fromEntries(result.value.communities.map((c) => [c.id, c.votes]));
    expect(voices.A).toEqual({ buildings: 2, reached: 1, short: 0, none: 1, unitsReached: 2, missingHouseholds: 0, missingAreaM2: 0 });
    expect(voices.B).toEqual({ buildings: 1, reached: 0, short: 1, none: 0, unitsReached: 0, missingHouseholds: 1, missingAreaM2: 0 });
  });

  it('sets asked next to planned, mismatches both ways, with the analyses’ findings', async () => {
    const result = await runResidents(threeCommunities(), threeCommunityTables(), { askedShare: 0.5 });
    if (!result.ok) throw new Error(result.error.message);
    const byId = Object.fromEntries(result.value.communities.map((c) => [c.id, c]));
    // A: 0.5 is asked (the limit is inclusive); canteen is asked but not planned; pipes was not in the survey.
    expect(byId.A).toMatchObject({ asked: ['elevator', 'canteen'], planned: ['elevator', 'pipes'], askedNotPlanned: ['canteen'], plannedNotAsked: [], plannedNotSurveyed: ['pipes'] });
    // B: elevator is planned though only 20 % asked for it.
    expect(byId.B).toMatchObject({ asked: ['parking'], askedNotPlanned: [], plannedNotAsked: ['elevator'] });
    expect(byId.A.findings.parking).toEqual({ demand: 80, deficit: 50, allocated: 0, unmet: 50, metShare: 0 });
    expect(byId.B.findings.parking?.metShare).toBeNull();
    expect(byId.A.findings.elevators).toMatchObject({ candidateBuildings: 2, candidateUnits: 5 });
    expect(byId.C.findings.elevators).toMatchObject({ candidateBuildings: 0, candidateUnits: 0 });
    expect(byId.A.findings.services).toMatchObject({ covered: [], uncovered: ['elderly_care', 'childcare', 'canteen', 'market', 'clinic', 'community_service'] });
  });

  it('runs without tables: every candidate 未表决, notes say what is missing', async () => {
    const result = await runResidents(threeCommunities());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.tables).toEqual({ surveys: false, elevatorVotes: false });
    expect(result.value.buildings.every((b) => b.status === 'none')).toBe(true);
    expect(result.value.notes.join('\n')).toMatch(/no surveys table/);
  });

  it('refuses an askedShare outside 0–1', async () => {
    const result = await runResidents(threeCommunities(), {}, { askedShare: 1.5 });
    expect(result.ok).toBe(false);
  });

  it('asked vs planned by itself: ties in share go by item code', () => {
    expect(askedVersusPlanned({ parking: 0.6, elevator: 0.6, pipes: 0.49 }, ['pipes', 'roof'], 0.5)).toEqual({
      asked: ['elevator', 'parking'], askedNotPlanned: ['elevator', 'parking'], plannedNotAsked: ['pipes'], plannedNotSurveyed: ['roof'],
    });
  });
});

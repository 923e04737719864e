/** 民法典 art. 278 thresholds, exactly at 2/3 and 3/4 and one household either side. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agreeReached, buildingVote, takePartReached, unitVote, votingHouseholds } from './votes';
import type { VoteRecord } from './types';

const vote = (households: number | null, takingPart: number, agreed: number, unit: string | null = '1'): VoteRecord =>
  ({ row: 2, buildingId: 'B', unit, households, takingPart, agreed });

describe('thresholds', () => {
  it('turnout: exactly 2/3 passes, one household fewer does not', () => {
    expect(takePartReached(9, 6)).toBe(true); // 6/9 = 2/3 exactly
    expect(takePartReached(9, 5)).toBe(false);
    expect(takePartReached(12, 8)).toBe(true);
    expect(takePartReached(12, 7)).toBe(false);
    // 2/3 of 10 is 6.67: 7 passes, 6 does not.
    expect(takePartReached(10, 7)).toBe(true);
    expect(takePartReached(10, 6)).toBe(false);
  });

  it('agreement: exactly 3/4 of participants passes, one fewer does not', () => {
    expect(agreeReached(8, 6)).toBe(true); // 6/8 = 3/4 exactly
    expect(agreeReached(8, 5)).toBe(false);
    expect(agreeReached(12, 9)).toBe(true);
    expect(agreeReached(12, 8)).toBe(false);
    // 3/4 of 10 is 7.5: 8 passes, 7 does not.
    expect(agreeReached(10, 8)).toBe(true);
    expect(agreeReached(10, 7)).toBe(false);
  });

  it('agree with floats would misjudge; integers never do (3k of 4k, 2k of 3k for k up to 10⁶)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), (k) => {
      expect(takePartReached(3 * k, 2 * k)).toBe(true);
      expect(takePartReached(3 * k, 2 * k - 1)).toBe(false);
      expect(agreeReached(4 * k, 3 * k)).toBe(true);
      expect(agreeReached(4 * k, 3 * k - 1)).toBe(false);
    }));
  });
});

describe('unitVote', () => {
  it('at both thresholds exactly: reached', () => {
    // 12 households: 8 take part (2/3), 6 agree (3/4 of 8).
    expect(unitVote(vote(12, 8, 6), 12, 'row')).toMatchObject({ status: 'reached', mustTakePart: 8, mustAgree: 6, missingHouseholds: 0, takePartReached: true, agreeReached: true });
  });

  it('one short of the turnout: 差 1 户 (the newcomer agrees, which also keeps 3/4)', () => {
    // 7 of 12 take part, 6 agree: one more household joining and agreeing gives 8 and 7 ≥ 6.
    expect(unitVote(vote(12, 7, 6), 12, 'row')).toMatchObject({ status: 'short', takePartReached: false, agreeReached: true, missingHouseholds: 1 });
  });

  it('one short of agreement: 差 1 户', () => {
    expect(unitVote(vote(12, 8, 5), 12, 'row')).toMatchObject({ status: 'short', takePartReached: true, agreeReached: false, mustAgree: 6, missingHouseholds: 1 });
  });

  it('3/4 applies to those who actually took part, not to the quorum', () => {
    // All 12 took part, 8 agree: the quorum's 3/4 (6) is met but 3/4 of 12 is 9.
    expect(unitVote(vote(12, 12, 8), 12, 'row')).toMatchObject({ status: 'short', mustTakePart: 8, mustAgree: 9, missingHouseholds: 1 });
    expect(unitVote(vote(12, 12, 9), 12, 'row')).toMatchObject({ status: 'reached' });
  });

  it('both short: max(mustTakePart − takingPart, mustAgree − agreed)', () => {
    // 14 households: must 10 take part, 8 agree (3/4 of 10). 6 took part, 3 agree → max(4, 5) = 5.
    expect(unitVote(vote(14, 6, 3), 14, 'row')).toMatchObject({ status: 'short', mustTakePart: 10, mustAgree: 8, missingHouseholds: 5 });
  });

  it('nobody took part: 未表决; unknown households: unknown', () => {
    expect(unitVote(vote(12, 0, 0), 12, 'row').status).toBe('none');
    expect(unitVote(vote(null, 3, 3), null, 'none').status).toBe('unknown');
  });

  it('missing households is the least number of changes that passes the vote', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.nat(), fc.nat(), (households, t, a) => {
      const takingPart = t % (households + 1);
      const agreed = a % (takingPart + 1);
      const result = unitVote(vote(households, takingPart, agreed), households, 'row');
      const passes = (tp: number, ag: number) => takePartReached(households, tp) && agreeReached(tp, ag);
      // Brute force: j newcomers who agree, then c participants changing to agree.
      let best = Infinity;
      for (let j = 0; j <= households - takingPart; j++) {
        for (let c = 0; c <= takingPart - agreed; c++) if (passes(takingPart + j, agreed + j + c)) best = Math.min(best, j + c);
      }
      if (takingPart === 0) expect(result.status).toBe('none');
      else if (passes(takingPart, agreed)) expect(result).toMatchObject({ status: 'reached', missingHouseholds: 0 });
      else expect(result).toMatchObject({ status: 'short', missingHouseholds: best });
    }));
  });
});

describe('buildingVote', () => {
  const elevator = { id: 'B', communityId: 'C', units: 2, feasible: 2, households: 24, mustTakePart: 16, mustAgree: 12, floorAreaM2: 1440, mustTakePartAreaM2: 960, mustAgreeAreaM2: 720 };

  it('reached only when every voted unit reached; short sums the units’ missing households', () => {
    const context = { communityId: 'C', households: 24, elevator };
    expect(buildingVote('B', context, [vote(12, 8, 6, '1'), vote(12, 9, 7, '2')])).toMatchObject({ status: 'reached', unitsVoted: 2, unitsReached: 2, missingHouseholds: 0, candidate: true, mustTakePart: 16 });
    expect(buildingVote('B', context, [vote(12, 8, 5, '1'), vote(12, 7, 6, '2')])).toMatchObject({ status: 'short', unitsReached: 0, missingHouseholds: 2 });
    expect(buildingVote('B', context, [])).toMatchObject({ status: 'none', unitsVoted: 0, unitsTotal: 2 });
  });

  it('takes households from the elevator analysis when the row has none (shared among units)', () => {
    const context = { communityId: 'C', households: 24, elevator };
    expect(votingHouseholds(vote(null, 5, 5, null), context)).toEqual({ households: 24, source: 'building' });
    expect(votingHouseholds(vote(null, 5, 5, '1'), context)).toEqual({ households: 12, source: 'building-share' });
    expect(votingHouseholds(vote(10, 5, 5, '1'), context)).toEqual({ households: 10, source: 'row' });
    // A whole-building vote against the analysis's 24 households: mustTakePart 16, as in the elevator output.
    expect(buildingVote('B', context, [vote(null, 16, 12, null)])).toMatchObject({ status: 'reached', votes: [{ mustTakePart: 16, mustAgree: 12 }] });
  });
});

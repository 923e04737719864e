/**
 * 民法典 art. 278 in the UI, by households and by floor area: the unit card's sentence, the
 * plan sheet's cells and verdicts, the inspector's names and values on the votes layer.
 * Hand-worked: a 10 × 20 m building of 6 floors is 1,200 m²: take part ≥ 800, agree ≥ 600 m².
 */
import { describe, expect, it } from 'vitest';
import type { ElevatorOutput } from '../analysis/elevators';
import type { BuildingVote } from '../analysis/residents/types';
import { voteProperties } from '../map/layers/residents';
import { consentSentence, thresholdCell, voteWords, type VoteVerdict } from './consent-words';
import { fieldLabel, fieldValue } from './inspector-fields';
import { elevatorFinding } from './plan-sheet/sheet-findings';

const building = { households: 24, mustTakePart: 16, mustAgree: 12, floorAreaM2: 1200, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600 };

describe('the consent thresholds in words', () => {
  it('the unit card names households and floor area with both thresholds, Chinese first', () => {
    expect(consentSentence(building, 'zh')).toBe('本楼 24 户、建筑面积 1,200 ㎡（民法典第 278 条）：需 ≥16 户且 ≥800 ㎡ 参与表决，其中 ≥12 户且 ≥600 ㎡ 同意（建筑面积按占地面积 × 层数估算）。');
    expect(consentSentence(building, 'en')).toBe('24 households, 1,200 ㎡ floor area (Civil Code art. 278): ≥ 16 households and ≥ 800 ㎡ must take part, and ≥ 12 households and ≥ 600 ㎡ of them agree (floor area estimated as footprint × floors).');
    // No word left of the old "area is not counted here".
    expect(consentSentence(building, 'zh')).not.toMatch(/按户数计|专有部分面积亦须/);
  });

  it('a threshold shown in whole ㎡ is rounded up, grouped', () => {
    expect(thresholdCell(16, 800, 'zh')).toBe('16 户 · 800 ㎡');
    expect(thresholdCell(1234, 10_666.7, 'en')).toBe('1,234 · 10,667 ㎡');
    expect(consentSentence({ ...building, floorAreaM2: 1000, mustTakePartAreaM2: 666.7, mustAgreeAreaM2: 500.1 }, 'zh')).toContain('≥667 ㎡ 参与表决，其中 ≥12 户且 ≥501 ㎡ 同意');
  });
});

describe('a building’s vote in words', () => {
  const verdict = (status: VoteVerdict['status'], areaStatus: VoteVerdict['areaStatus'], missingHouseholds = 0, missingAreaM2 = 0): VoteVerdict => ({ status, areaStatus, missingHouseholds, missingAreaM2 });

  it('passed by both halves; by households with the area unknown says so', () => {
    expect(voteWords(verdict('reached', 'reached'), 'zh')).toBe('已达标');
    expect(voteWords(verdict('reached', 'reached'), 'en')).toBe('passed');
    expect(voteWords(verdict('reached', 'unknown'), 'zh')).toBe('户数已达标，面积未知');
    expect(voteWords(verdict('reached', 'unknown'), 'en')).toBe('passed by households; area unknown');
  });

  it('short by households, by area, or both', () => {
    expect(voteWords(verdict('short', 'reached', 2), 'zh')).toBe('差 2 户');
    expect(voteWords(verdict('short', 'short', 0, 120.3), 'zh')).toBe('差 121 ㎡');
    expect(voteWords(verdict('short', 'short', 2, 120), 'zh')).toBe('差 2 户、120 ㎡');
    expect(voteWords(verdict('short', 'short', 2, 120), 'en')).toBe('2 households and 120 ㎡ short');
    expect(voteWords(verdict('short', 'unknown', 1), 'zh')).toBe('差 1 户，面积未知');
    expect(voteWords(verdict('short', 'unknown', 1), 'en')).toBe('1 household short; area unknown');
  });

  it('no vote', () => {
    expect(voteWords(null, 'zh')).toBe('未表决');
    expect(voteWords(verdict('none', 'unknown'), 'en')).toBe('no vote');
  });
});

describe('the votes layer in the inspector', () => {
  const vote = { buildingId: 'B', status: 'short', areaStatus: 'short', missingHouseholds: 0, missingAreaM2: 0.1, ...building } as unknown as BuildingVote;

  it('carries the verdict by area and the thresholds of a candidate', () => {
    expect(voteProperties(vote)).toEqual({ voteStatus: 'short', voteArea: 'short', missingHouseholds: 0, missingAreaM2: 0.1, mustTakePart: 16, mustAgree: 12, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600 });
    expect(voteProperties({ ...vote, mustTakePart: null, mustAgree: null, mustTakePartAreaM2: null, mustAgreeAreaM2: null })).not.toHaveProperty('mustTakePartAreaM2');
  });

  it('names them and gives their values in ㎡, both languages', () => {
    expect(fieldLabel('elevator-votes', 'mustTakePartAreaM2', 'zh')).toBe('需参与表决面积');
    expect(fieldLabel('elevator-votes', 'mustAgreeAreaM2', 'en')).toBe('floor area that must agree');
    expect(fieldValue('elevator-votes', 'mustTakePartAreaM2', 666.7, 'zh')).toBe('667 ㎡');
    expect(fieldValue('elevator-votes', 'mustTakePart', 16, 'zh')).toBe('16 户');
    expect(fieldValue('elevator-votes', 'missingAreaM2', 0.1, 'en')).toBe('1 ㎡');
    expect(fieldValue('elevator-votes', 'voteArea', 'unknown', 'zh')).toBe('面积未知');
    expect(fieldValue('elevator-votes', 'voteArea', 'unknown', 'en')).toBe('area unknown');
  });
});

describe('the plan sheet’s elevator finding', () => {
  it('carries each building’s floor area and area thresholds beside the head counts', () => {
    const result = { buildings: [{ id: 'B', communityId: 'C', units: 2, feasible: 2, ...building }], units: [] } as unknown as ElevatorOutput;
    expect(elevatorFinding(result, [], 'C')?.buildings[0]).toMatchObject({ households: 24, mustTakePart: 16, mustAgree: 12, floorAreaM2: 1200, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600 });
  });
});

/**
 * The candidates alone (candidates.ts) are the whole analysis's building rows without their
 * units' verdicts: checked against runElevators on the three-community fixture and on random
 * scenes, with the vote thresholds of one row worked by hand, and the frames shared with the
 * whole analysis's cache.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScene, sceneSpec } from '../../../test/fixtures/elevators/reference/random-scene';
import { threeCommunities } from '../priority/test-fixtures';
import { prepareLayers } from '../prepare';
import { frameTable, runElevatorCandidates } from './candidates';
import { DEFAULT_ELEVATOR_PARAMS, runElevators } from '.';

const withoutFeasible = <T extends { feasible: number }>({ feasible: _feasible, ...row }: T) => row;

describe('elevator candidates alone', () => {
  it('are the whole analysis\'s building rows, in its order, less the feasible count', () => {
    const layers = threeCommunities();
    const whole = runElevators(layers);
    const candidates = runElevatorCandidates(layers);
    if (!whole.ok || !candidates.ok) throw new Error('elevators failed');
    expect(candidates.value.buildings.length).toBeGreaterThan(0);
    expect(candidates.value.buildings).toEqual(whole.value.buildings.map(withoutFeasible));
    // 民法典 art. 278 on one row by hand: 2/3 of the households take part, 3/4 of those agree.
    for (const row of candidates.value.buildings) {
      expect(row.mustTakePart).toBe(Math.ceil((2 * row.households) / 3));
      expect(row.mustAgree).toBe(Math.ceil((3 * row.mustTakePart) / 4));
    }
  });

  it('agree with the whole analysis on random scenes and parameters', () => {
    fc.assert(
      fc.property(sceneSpec, (spec) => {
        const layers = buildScene(spec);
        const whole = runElevators(layers, spec.params);
        const candidates = runElevatorCandidates(layers, spec.params);
        if (!whole.ok || !candidates.ok) throw new Error('elevators failed');
        expect(candidates.value.buildings).toEqual(whole.value.buildings.map(withoutFeasible));
      }),
      { numRuns: 60 },
    );
  });

  it('fill the frames the whole analysis then reads, and refuse what it refuses', () => {
    const layers = threeCommunities();
    const prepared = prepareLayers(layers);
    const frames = frameTable(prepared, DEFAULT_ELEVATOR_PARAMS);
    expect(prepared.layer('buildings').features.some((_, i) => frames.has(i))).toBe(false);
    const candidates = runElevatorCandidates(layers);
    if (!candidates.ok) throw new Error(candidates.error.message);
    const first = prepared.layer('buildings').features.findIndex((building) => building.id === candidates.value.buildings[0].id);
    expect(frameTable(prepared, DEFAULT_ELEVATOR_PARAMS)).toBe(frames);
    expect(frames.has(first)).toBe(true);
    expect(runElevatorCandidates(layers, { minFloors: -1 })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAM' } });
    expect(runElevatorCandidates({ communities: layers.communities })).toMatchObject({ ok: false, error: { code: 'MISSING_LAYER' } });
  });
});

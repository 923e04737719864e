/**
 * The ranking's arithmetic on the three communities of test-fixtures.ts, worked out by hand.
 *
 * Raw → min–max normalised (default weights 1, 1, 1, 1, 1, 0.5, 0.5):
 *
 * | criterion    | A raw → norm     | B raw → norm        | C raw → norm |
 * |--------------|------------------|---------------------|--------------|
 * | parking      | 0.625 → 0.625    | 0 → 0               | 1 → 1        |
 * | services     | 1 → 0            | 1 → 0               | 1 → 0        |  (all equal: 0)
 * | elevators    | 5 → 1            | 1 → 0.2             | 0 → 0        |
 * | age (2025)   | 40 → 1           | 30 → 0.333333       | 25 → 0       |
 * | needs (mean) | 0.566667 → 1     | 0.3 → 0             | null → 0     |
 * | willingToPay | 0.3 → 0          | 0.6 → 1             | null → 0     |
 * | votes        | 2 → 1            | 0 → 0               | 0 → 0        |
 *
 * A = 0.625 + 1 + 1 + 1 + 0.5·1 = 4.125; B = 0.2 + 0.333333 + 0.5·1 = 1.033333; C = 1.
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../test/fixtures/geo';
import { runPriority, scoreAndRank, parseWeights, type PriorityOutput, DEFAULT_PRIORITY_WEIGHTS } from './index';
import { threeCommunities, threeCommunityTables } from './test-fixtures';

async function rank(weights: Record<string, number> = {}, tables = threeCommunityTables()): Promise<PriorityOutput> {
  const result = await runPriority(threeCommunities(), tables, { weights });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('runPriority on three communities', () => {
  it('computes every criterion and the score as worked out by hand', async () => {
    const out = await rank();
    expect(out.communities.map((c) => [c.rank, c.id, c.score])).toEqual([[1, 'A', 4.125], [2, 'B', 1.033333], [3, 'C', 1]]);
    const [a, b, c] = out.communities;
    expect(a.criteria.parking).toEqual({ raw: 0.625, normalised: 0.625, contribution: 0.625 });
    expect(a.criteria.services).toEqual({ raw: 1, normalised: 0, contribution: 0 });
    expect(a.criteria.elevators).toEqual({ raw: 5, normalised: 1, contribution: 1 });
    expect(a.criteria.needs).toEqual({ raw: 0.566667, normalised: 1, contribution: 1 });
    expect(a.criteria.votes).toEqual({ raw: 2, normalised: 1, contribution: 0.5 });
    expect(b.criteria.elevators).toEqual({ raw: 1, normalised: 0.2, contribution: 0.2 });
    expect(b.criteria.age).toEqual({ raw: 30, normalised: 0.333333, contribution: 0.333333 });
    expect(b.criteria.willingToPay).toEqual({ raw: 0.6, normalised: 1, contribution: 0.5 });
    expect(c.criteria.needs).toEqual({ raw: null, normalised: 0, contribution: 0 });
    expect(c.criteria.parking).toEqual({ raw: 1, normalised: 1, contribution: 1 });
    // The planner sees why: contributions add up to the score.
    for (const row of out.communities) {
      expect(Object.values(row.criteria).reduce((sum, v) => sum + v.contribution, 0)).toBeCloseTo(row.score, 6);
    }
    expect(out.weightTotal).toBe(6);
    expect(out.criteria.find((k) => k.name === 'age')).toMatchObject({ min: 25, max: 40, known: 3, weight: 1, group: 'deficit' });
    expect(out.criteria.find((k) => k.name === 'needs')).toMatchObject({ known: 2, group: 'voice' });
    expect(out.residents.unmatched.surveys).toEqual([{ row: 4, communityId: 'Z' }]);
    expect(out.notes.join('\n')).toMatch(/1 communities not surveyed/);
  });

  it('raising a weight moves the community strong on it up', async () => {
    // C leads only on parking: parking weight 2 makes C 2 against B 1.033333.
    const out = await rank({ parking: 2 });
    expect(out.communities.map((c) => c.id)).toEqual(['A', 'C', 'B']);
    expect(out.communities[1].score).toBe(2);
    // B leads only on willingness to pay: weight 4 gives B 0.533333 + 4 = 4.533333 against A 4.125 − 0 + 0 = 4.125.
    const pay = await rank({ willingToPay: 4 });
    expect(pay.communities.map((c) => [c.id, c.score])).toEqual([['B', 4.533333], ['A', 4.125], ['C', 1]]);
    // Dropping the deficit weights leaves only the voice: A (needs, votes) over B (pay) over C.
    const voiceOnly = await rank({ parking: 0, services: 0, elevators: 0, age: 0 });
    expect(voiceOnly.communities.map((c) => [c.id, c.score])).toEqual([['A', 1.5], ['B', 0.5], ['C', 0]]);
  });

  it('without tables the voice criteria are 0 and the output says so', async () => {
    const out = await rank({}, {});
    expect(out.voice).toEqual({ surveys: false, elevatorVotes: false });
    for (const row of out.communities) {
      for (const name of ['needs', 'willingToPay', 'votes'] as const) expect(row.criteria[name]).toEqual({ raw: null, normalised: 0, contribution: 0 });
    }
    expect(out.communities.map((c) => [c.id, c.score])).toEqual([['A', 2.625], ['C', 1], ['B', 0.533333]]);
    // One line per missing table, priority's own (not the residents' as well).
    expect(out.notes.filter((note) => /no surveys table/.test(note))).toEqual(['priority: no surveys table — needs and willingness to pay are 0 for every community']);
    expect(out.notes.filter((note) => /no elevator votes table/.test(note))).toEqual(['priority: no elevator votes table — votes passed is 0 for every community']);
  });

  it('does not mutate its inputs', async () => {
    const result = await runPriority(deepFreeze(threeCommunities()), deepFreeze(threeCommunityTables()));
    expect(result.ok).toBe(true);
  });

  it('refuses unknown or negative weights, and a missing communities layer', async () => {
    expect((await runPriority(threeCommunities(), {}, { weights: { speed: 1 } })).ok).toBe(false);
    expect((await runPriority(threeCommunities(), {}, { weights: { parking: -1 } })).ok).toBe(false);
    const missing = await runPriority({}, {});
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toMatchObject({ code: 'MISSING_LAYER', layer: 'communities' });
  });
});

describe('scoreAndRank', () => {
  const row = (id: string | number, parking: number | null) => ({
    id, name: null, districtId: null,
    raw: { parking, services: null, elevators: null, age: null, needs: null, willingToPay: null, votes: null },
  });

  it('breaks ties by id (numbers first, then code-point order), whatever the input order', () => {
    const rows = [row('b', 1), row('a', 1), row(10, 0), row(2, 0), row('c', 0.5)];
    const order = scoreAndRank(rows, DEFAULT_PRIORITY_WEIGHTS).ranked.map((r) => [r.rank, r.id]);
    expect(order).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, 2], [5, 10]]);
    expect(scoreAndRank([...rows].reverse(), DEFAULT_PRIORITY_WEIGHTS).ranked.map((r) => [r.rank, r.id])).toEqual(order);
  });

  it('a criterion with one value everywhere gives 0 to all', () => {
    const { ranked, ranges } = scoreAndRank([row('a', 3), row('b', 3)], DEFAULT_PRIORITY_WEIGHTS);
    expect(ranked.map((r) => r.score)).toEqual([0, 0]);
    expect(ranges.parking).toEqual({ min: 3, max: 3, known: 2 });
  });
});

describe('parseWeights', () => {
  it('reads NAME=W lists and names the bad part', () => {
    expect(parseWeights('parking=2, votes=0')).toEqual({ ok: true, value: { parking: 2, votes: 0 } });
    const unknown = parseWeights('parking=2,speed=1');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toMatch(/unknown criterion "speed"/);
    expect(parseWeights('parking=-1').ok).toBe(false);
    expect(parseWeights('parking=').ok).toBe(false);
    expect(parseWeights('parking').ok).toBe(false);
  });
});

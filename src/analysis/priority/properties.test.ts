/**
 * Properties of the ranking on arbitrary input: it never throws, every score lies in
 * [0, Σ weights], every normalised value in [0, 1], and the ranks are a permutation of 1…n
 * in score order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collection, rectangle } from '../../../test/fixtures/geo';
import type { LayerSet } from '../../model/types';
import type { ResidentTables } from '../residents/types';
import { CRITERIA, runPriority, scoreAndRank, type PriorityRow, type PriorityWeights } from './index';

const weightArb = fc.record(Object.fromEntries(CRITERIA.map((name) => [name, fc.double({ min: 0, max: 10, noNaN: true })])) as Record<keyof PriorityWeights, fc.Arbitrary<number>>);
// Contributions are rounded to 6 decimals: allow that much per criterion.
const SLACK = CRITERIA.length * 1e-6;

function checkRanking(rows: PriorityRow[], weights: PriorityWeights, n: number): void {
  const total = CRITERIA.reduce((sum, name) => sum + weights[name], 0);
  expect(rows).toHaveLength(n);
  expect(rows.map((r) => r.rank).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  rows.forEach((row, i) => {
    expect(row.rank).toBe(i + 1);
    expect(row.score).toBeGreaterThanOrEqual(0);
    expect(row.score).toBeLessThanOrEqual(total + SLACK);
    if (i > 0) expect(rows[i - 1].score).toBeGreaterThanOrEqual(row.score);
    for (const name of CRITERIA) {
      expect(row.criteria[name].normalised).toBeGreaterThanOrEqual(0);
      expect(row.criteria[name].normalised).toBeLessThanOrEqual(1);
    }
  });
}

describe('scoreAndRank properties', () => {
  it('scores within [0, Σ weights], ranks a permutation, on any raw values', () => {
    const rawArb = fc.oneof(fc.constant(null), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    const rowArb = fc.record(Object.fromEntries(CRITERIA.map((name) => [name, rawArb])) as Record<(typeof CRITERIA)[number], fc.Arbitrary<number | null>>);
    fc.assert(fc.property(fc.array(rowArb, { maxLength: 30 }), weightArb, (raws, weights) => {
      const rows = raws.map((raw, i) => ({ id: i % 3 === 0 ? i : `c${i}`, name: null, districtId: null, raw }));
      checkRanking(scoreAndRank(rows, weights).ranked, weights, rows.length);
    }), { numRuns: 300 });
  });
});

interface CommunitySpec { households: number; spaces: number; builtYear: number | null; floors: number; units: number }

const communityArb: fc.Arbitrary<CommunitySpec> = fc.record({
  households: fc.integer({ min: 0, max: 400 }),
  spaces: fc.integer({ min: 0, max: 400 }),
  builtYear: fc.oneof(fc.constant(null), fc.integer({ min: 1960, max: 2020 })),
  floors: fc.integer({ min: 1, max: 9 }),
  units: fc.integer({ min: 1, max: 4 }),
});

function layersOf(specs: CommunitySpec[]): LayerSet {
  return {
    communities: collection(specs.map((s, i) => rectangle(i * 150, 0, i * 150 + 100, 100, {
      id: `C${i}`, households: s.households, parkingSpaces: s.spaces, ...(s.builtYear === null ? {} : { builtYear: s.builtYear }), items: i % 2 ? ['elevator'] : [],
    }))),
    buildings: collection(specs.map((s, i) => rectangle(i * 150 + 20, 20, i * 150 + 60, 32, { id: `C${i}-B1`, communityId: `C${i}`, floors: s.floors, units: s.units }))),
  } as LayerSet;
}

const tablesArb = (n: number): fc.Arbitrary<ResidentTables> => fc.record({
  surveys: fc.option(fc.array(fc.record({
    community: fc.integer({ min: 0, max: n + 1 }),
    elevator: fc.double({ min: 0, max: 1, noNaN: true }),
    willingToPay: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true })),
  }), { maxLength: n + 2 }), { nil: undefined }),
  elevatorVotes: fc.option(fc.array(fc.record({
    building: fc.integer({ min: 0, max: n + 1 }),
    households: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 30 })),
    takingPart: fc.nat(30),
    agreed: fc.nat(30),
  }), { maxLength: n + 2 }), { nil: undefined }),
}).map(({ surveys, elevatorVotes }) => ({
  // Duplicates and ids past the last community are kept on purpose: they must be reported, not crash.
  surveys: surveys?.map((s, i) => ({ row: i + 2, communityId: `C${s.community}`, respondents: null, needs: { elevator: s.elevator }, willingToPay: s.willingToPay, satisfaction: null })),
  elevatorVotes: elevatorVotes?.map((v, i) => {
    const takingPart = v.households === null ? v.takingPart : Math.min(v.takingPart, v.households);
    return { row: i + 2, buildingId: `C${v.building}-B1`, unit: String(i + 1), households: v.households, takingPart, agreed: Math.min(v.agreed, takingPart) };
  }),
}));

describe('runPriority properties', () => {
  it('never throws; scores within [0, Σ weights]; ranks a permutation; unmatched rows reported', async () => {
    const scenario = fc.array(communityArb, { minLength: 0, maxLength: 5 }).chain((specs) => fc.tuple(fc.constant(specs), tablesArb(specs.length), weightArb));
    await fc.assert(fc.asyncProperty(scenario, async ([specs, tables, weights]) => {
      const result = await runPriority(layersOf(specs), tables, { weights });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      checkRanking(result.value.communities, weights, specs.length);
      const ids = new Set(specs.map((_, i) => `C${i}`));
      const strays = (tables.surveys ?? []).filter((s) => !ids.has(String(s.communityId))).length;
      expect(result.value.residents.unmatched.surveys).toHaveLength(strays);
    }), { numRuns: 40 });
  }, 60_000);
});

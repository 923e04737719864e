/**
 * Properties of the estimate over random communities: no amount is ever negative, and the
 * estimate is linear in the unit costs (scaling them scales every amount; the estimate of
 * a sum of cost tables is the sum of the estimates) — quantities never depend on prices.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST_ITEMS, estimateCost, type CostBuilding, type UnitCosts } from '.';

const costs = fc.record(Object.fromEntries(COST_ITEMS.map((item) => [item, fc.double({ min: 0, max: 10_000, noNaN: true })])) as Record<keyof UnitCosts, fc.Arbitrary<number>>);
const building = fc.record({
  id: fc.string(),
  floors: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  heightM: fc.option(fc.double({ min: 1, max: 100, noNaN: true }), { nil: undefined }),
  units: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
  footprintM2: fc.double({ min: 0, max: 5_000, noNaN: true }),
  perimeterM: fc.double({ min: 0, max: 400, noNaN: true }),
}) as fc.Arbitrary<CostBuilding>;
const community = fc.record({
  id: fc.constant('C'),
  households: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
  parkingSpaces: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: undefined }),
  items: fc.subarray([...COST_ITEMS, 'unknown']),
});
const findings = fc.record({
  elevatorUnits: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  parkingAllocated: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
});

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('estimateCost properties', () => {
  it('never gives a negative amount', () => {
    fc.assert(fc.property(community, fc.array(building, { maxLength: 20 }), findings, costs, (c, b, f, u) => {
      const estimate = estimateCost(c, b, f, u);
      return estimate.lines.every((line) => line.amountWan >= 0 && line.quantity >= 0) && estimate.totalWan >= 0;
    }));
  });

  it('is linear in the unit costs', () => {
    fc.assert(fc.property(community, fc.array(building, { maxLength: 20 }), findings, costs, costs, fc.double({ min: 0, max: 100, noNaN: true }), (c, b, f, u, v, k) => {
      const a = estimateCost(c, b, f, u);
      const scaled = estimateCost(c, b, f, Object.fromEntries(COST_ITEMS.map((item) => [item, k * u[item]])));
      const sum = estimateCost(c, b, f, Object.fromEntries(COST_ITEMS.map((item) => [item, u[item] + v[item]])));
      const second = estimateCost(c, b, f, v);
      expect(close(scaled.totalWan, k * a.totalWan)).toBe(true);
      expect(close(sum.totalWan, a.totalWan + second.totalWan)).toBe(true);
      a.lines.forEach((line, i) => {
        expect(scaled.lines[i].quantity).toBe(line.quantity);
        expect(close(scaled.lines[i].amountWan, k * line.amountWan)).toBe(true);
      });
    }));
  });
});

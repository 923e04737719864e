import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixOrder } from './radix-order';
import { orderByCost } from './sort-by-cost';

const byComparator = (cost: Float64Array) => [...cost.keys()].sort((x, y) => (cost[x] < cost[y] ? -1 : cost[x] > cost[y] ? 1 : x - y));

describe('radixOrder', () => {
  it('orders by cost, then position, exactly as a comparator sort (ties, −0, negatives, ∞)', () => {
    const cost = fc.oneof(
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom(-0, 0, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE),
      fc.double({ min: -300, max: 300, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(cost, { maxLength: 400 }), (list) => {
        const costs = Float64Array.from(list);
        expect([...radixOrder(costs)!]).toEqual(byComparator(costs));
      }),
      { numRuns: 500 },
    );
  });

  it('gives orderByCost the same order on large inputs with ascending ties', () => {
    const costs = Float64Array.from({ length: 20_000 }, (_, i) => ((i * 7919) % 1013) * 0.37 + (i % 3 === 0 ? 0 : 1e-7 * (i % 11)));
    const ties = Int32Array.from({ length: costs.length }, (_, i) => 5 + 2 * i);
    expect([...orderByCost(costs, ties)]).toEqual(byComparator(costs));
  });

  it('is null on NaN (orderByCost then falls back to its quicksort)', () => {
    expect(radixOrder(Float64Array.of(1, NaN, 0))).toBeNull();
  });
});

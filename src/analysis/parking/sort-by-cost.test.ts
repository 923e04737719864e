import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByCost } from './sort-by-cost';

describe('orderByCost', () => {
  it('orders by cost, then tie, exactly as a comparator sort', () => {
    const costs = fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 300, noNaN: true })), { maxLength: 300 });
    fc.assert(
      fc.property(costs, fc.boolean(), (list, reversedTies) => {
        const cost = Float64Array.from(list);
        const ties = Int32Array.from(list, (_, i) => (reversedTies ? list.length - i : i * 3));
        const expected = [...list.keys()].sort((x, y) => cost[x] - cost[y] || ties[x] - ties[y]);
        expect([...orderByCost(cost, ties)]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

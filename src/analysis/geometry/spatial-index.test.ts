import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BBox } from './planar';
import { buildBoxIndex, buildFlatBoxIndex } from './spatial-index';

const boxes: BBox[] = [
  [0, 0, 1, 1],
  [5, 5, 6, 6],
  [0.5, 0.5, 2, 2],
  [10, 0, 11, 1],
];

describe('box index', () => {
  it('finds the boxes a query box meets, touching included', () => {
    const index = buildBoxIndex(boxes);
    expect(index.search([1, 1, 5, 5]).sort((a, b) => a - b)).toEqual([0, 1, 2]);
    expect([...index.searchAscending([1, 1, 5, 5])]).toEqual([0, 1, 2]);
  });

  it('within a distance: boxes whose box lies that close, ascending', () => {
    const index = buildBoxIndex(boxes);
    // [2.5, 2.5, 3, 3] grown by 0.5 reaches [2, 2, 3.5, 3.5]: box 2 (touching), not box 1 (5 > 3.5).
    expect([...index.withinAscending([2.5, 2.5, 3, 3], 0.5)]).toEqual([2]);
    expect([...index.withinAscending([2.5, 2.5, 3, 3], 2)]).toEqual([0, 1, 2]);
  });

  it('an empty index answers nothing', () => {
    for (const index of [buildBoxIndex([]), buildFlatBoxIndex([], [], [], [])]) {
      expect(index.search([0, 0, 1, 1])).toEqual([]);
      expect(index.searchAscending([0, 0, 1, 1]).length).toBe(0);
      expect(index.withinAscending([0, 0, 1, 1], 5).length).toBe(0);
    }
  });

  it('ascending queries hold the same ids as the plain ones, sorted (property)', () => {
    const box = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }))
      .map(([x, y, w, h]): BBox => [x, y, x + w, y + h]);
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 200 }), box, fc.integer({ min: 0, max: 30 }), (all, query, distance) => {
        const index = buildBoxIndex(all);
        const plain = index.within(query, distance).sort((a, b) => a - b);
        expect([...index.withinAscending(query, distance)]).toEqual(plain);
        expect([...index.searchAscending(query)]).toEqual(index.search(query).sort((a, b) => a - b));
        // And the brute-force answer.
        const brute = all.flatMap((b, i) => (b[0] <= query[2] + distance && query[0] - distance <= b[2] && b[1] <= query[3] + distance && query[1] - distance <= b[3] ? [i] : []));
        expect(plain).toEqual(brute);
      }),
      { numRuns: 200 },
    );
  });
});

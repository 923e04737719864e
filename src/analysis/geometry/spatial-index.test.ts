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
const ascending = (ids: number[]) => ids.sort((a, b) => a - b);

describe('box index', () => {
  it('finds the boxes a query box meets, touching included', () => {
    expect(ascending(buildBoxIndex(boxes).search([1, 1, 5, 5]))).toEqual([0, 1, 2]);
  });

  it('within a distance: the boxes that close to the query box', () => {
    const index = buildBoxIndex(boxes);
    // [2.5, 2.5, 3, 3] grown by 0.5 reaches [2, 2, 3.5, 3.5]: box 2 (touching), not box 1 (5 > 3.5).
    expect(ascending(index.within([2.5, 2.5, 3, 3], 0.5))).toEqual([2]);
    expect(ascending(index.within([2.5, 2.5, 3, 3], 2))).toEqual([0, 1, 2]);
  });

  it('an empty index answers nothing', () => {
    for (const index of [buildBoxIndex([]), buildFlatBoxIndex([], [], [], [])]) {
      expect(index.search([0, 0, 1, 1])).toEqual([]);
      expect(index.within([0, 0, 1, 1], 5)).toEqual([]);
    }
  });

  it('flat and nested boxes give the same index; both agree with brute force (property)', () => {
    const box = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }))
      .map(([x, y, w, h]): BBox => [x, y, x + w, y + h]);
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 200 }), box, fc.integer({ min: 0, max: 30 }), (all, query, distance) => {
        const nested = buildBoxIndex(all);
        const flat = buildFlatBoxIndex(all.map((b) => b[0]), all.map((b) => b[1]), all.map((b) => b[2]), all.map((b) => b[3]));
        const brute = all.flatMap((b, i) => (b[0] <= query[2] + distance && query[0] - distance <= b[2] && b[1] <= query[3] + distance && query[1] - distance <= b[3] ? [i] : []));
        expect(ascending(nested.within(query, distance))).toEqual(brute);
        expect(ascending(flat.within(query, distance))).toEqual(brute);
      }),
      { numRuns: 200 },
    );
  });
});

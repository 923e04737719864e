import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoveringProblem } from './covering';
import { undominatedReach } from './dominated-sites';
import { bruteForceCovering as bruteForce } from '../../../test/fixtures/services/brute-force-covering';


describe('dominated sites', () => {
  it('drops subsets and later copies, keeps the first of equal sites and zero-weight communities out', () => {
    const reach = undominatedReach([[0, 1], [1], [1, 0], [2, 3], [3], [4]], [1, 1, 1, 0, 1]);
    expect(reach).toEqual([[0, 1], [], [], [2], [], [4]]);
  });

  it('never lowers the optimum', () => {
    const problems = fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 7 }),
      reach: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }), { maxLength: 9 }),
      maxSites: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(problems, ({ weights, reach, maxSites }) => {
        const problem: CoveringProblem = { weights, maxSites, reach: reach.map((r) => r.filter((c) => c < weights.length)) };
        expect(bruteForce({ ...problem, reach: undominatedReach(problem.reach, weights) })).toBe(bruteForce(problem));
      }),
      { numRuns: 200 },
    );
  });
});

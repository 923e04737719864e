import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveredWeight, type CoveringProblem } from './covering';
import { undominatedReach } from './dominated-sites';

/** Best covered weight over every subset of at most K sites. */
function bruteForce(problem: CoveringProblem): number {
  const n = problem.reach.length;
  let best = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = [...Array(n).keys()].filter((s) => mask & (1 << s));
    if (chosen.length <= problem.maxSites) best = Math.max(best, coveredWeight(problem, chosen));
  }
  return best;
}

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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { community, facility, idle, layerSet, road } from '../../../test/fixtures/services/planar-layers';
import { coveredWeight, greedyCovering, solveMaximalCovering, type CoveringProblem } from './covering';
import { runServices } from './index';
import { bruteForceCovering as bruteForce } from '../../../test/fixtures/services/brute-force-covering';


const problems = fc
  .record({
    weights: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 9 }),
    sites: fc.integer({ min: 0, max: 8 }),
    maxSites: fc.integer({ min: 0, max: 4 }),
    seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 80, maxLength: 80 }),
  })
  .map(({ weights, sites, maxSites, seed }): CoveringProblem => ({
    weights,
    maxSites,
    reach: [...Array(sites).keys()].map((s) => weights.map((_, c) => c).filter((c) => seed[(s * 9 + c) % seed.length] % 3 === 0)),
  }));

describe('maximal covering', () => {
  it('beats greedy where greedy is short of the optimum', async () => {
    // Greedy takes the big middle site (4), then one side (+1.5) = 5.5; the two sides give 7.
    const problem: CoveringProblem = { weights: [1, 1, 1, 1, 1.5, 1.5], reach: [[0, 1, 2, 3], [0, 1, 4], [2, 3, 5]], maxSites: 2 };
    expect(coveredWeight(problem, greedyCovering(problem))).toBe(5.5);
    const solution = await solveMaximalCovering(problem);
    expect(solution).toEqual({ chosen: [1, 2], objective: 7, status: 'optimal', gap: 0 });
  });

  it('equals brute force on small random instances', async () => {
    await fc.assert(
      fc.asyncProperty(problems, async (problem) => {
        const solution = await solveMaximalCovering(problem);
        expect(solution.status).toBe('optimal');
        expect(solution.chosen.length).toBeLessThanOrEqual(problem.maxSites);
        expect(solution.objective).toBeCloseTo(bruteForce(problem), 9);
        expect(coveredWeight(problem, solution.chosen)).toBeCloseTo(solution.objective, 9);
      }),
      { numRuns: 60 },
    );
  });

  it('never covers less with more sites', async () => {
    await fc.assert(
      fc.asyncProperty(problems, async (problem) => {
        const fewer = await solveMaximalCovering(problem);
        const more = await solveMaximalCovering({ ...problem, maxSites: problem.maxSites + 1 });
        expect(more.objective).toBeGreaterThanOrEqual(fewer.objective - 1e-9);
      }),
      { numRuns: 40 },
    );
  });

  it('runs the whole analysis without throwing on random layouts', async () => {
    const box = fc.tuple(fc.integer({ min: -800, max: 800 }), fc.integer({ min: -800, max: 800 }), fc.integer({ min: 1, max: 120 }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(box, { minLength: 1, maxLength: 8 }),
        fc.array(box, { maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: -900, max: 900 }), fc.integer({ min: -900, max: 900 })), { maxLength: 4 }),
        fc.constantFrom('self', 'district', 'cross'),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.tuple(fc.integer({ min: -900, max: 900 }), fc.integer({ min: -900, max: 900 }), fc.integer({ min: -900, max: 900 }), fc.integer({ min: -900, max: 900 })), { maxLength: 6 }),
        async (communities, parcels, points, mode, sites, segments) => {
          const layers = layerSet({
            communities: communities.map(([x, y, s], i) => community(`c${i}`, [x, y, x + s, y + s])),
            idleLand: parcels.map(([x, y, s], i) => idle(`p${i}`, [x, y, x + s * 2, y + s * 2], { districtId: i % 2 ? 'E' : 'W' })),
            facilities: points.map((p, i) => facility(`f${i}`, 'childcare', p)),
            // A long spine so something survives the 1 km rule, plus random pieces.
            roads: [road('spine', [[-1000, 0], [1000, 0]]), ...segments.map(([x0, y0, x1, y1], i) => road(`r${i}`, [[x0, y0], [x1, y1]]))],
          });
          const distance = segments.length % 2 ? 'network' : 'euclidean';
          const result = await runServices(layers, { type: 'childcare', mode, sites, distance });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const { totals, sites: chosen } = result.value;
          expect(chosen.length).toBeLessThanOrEqual(sites);
          expect(totals.covered + totals.newlyCovered).toBeLessThanOrEqual(totals.communities);
          expect(totals.newlyCoveredDemand).toBeCloseTo(result.value.solver.objective, 6);
        },
      ),
      { numRuns: 40 },
    );
  });
});

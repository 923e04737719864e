/**
 * Warm starts (the previous allocation as the solver's first basis) must never move a
 * result: against HiGHS on random instances whose bounds and arcs change between the two
 * solves, and on generated data, where a warm re-run must equal a cold run with the new
 * parameters (totals, per-community and per-parcel rows except who got which space, cost).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../cli/demo';
import { LAYER_FILES, LAYER_NAMES } from '../../model/layers';
import type { LayerSet } from '../../model/types';
import { runParking, warmStartEnabled, type ParkingParams } from './index';
import { solveTransport, type TransportProblem } from './transport';

const instance = fc
  .record({
    sources: fc.integer({ min: 2, max: 8 }),
    sinks: fc.integer({ min: 2, max: 8 }),
    seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 }),
    amounts: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 16, maxLength: 16 }),
  })
  .map(({ sources, sinks, seed, amounts }) => ({ sources, sinks, seed, amounts }));

/** A problem from the instance; `limit` drops arcs dearer than it (a walking limit), `shift` moves the bounds. */
function problemOf(spec: { sources: number; sinks: number; seed: number[]; amounts: number[] }, limit: number, shift: number): TransportProblem {
  const arcs: TransportProblem['arcs'][number][] = [];
  let k = 0;
  for (let source = 0; source < spec.sources; source++) {
    for (let sink = 0; sink < spec.sinks; sink++) {
      const cost = Math.round(spec.seed[k++ % 64] * 3000) / 10;
      if (cost <= limit) arcs.push({ source, sink, cost });
    }
  }
  const bound = (i: number) => Math.max(0, spec.amounts[i % 16] + ((i * shift) % 5) - 2 * Math.sign(shift));
  return {
    supplies: Array.from({ length: spec.sources }, (_, i) => bound(i)),
    capacities: Array.from({ length: spec.sinks }, (_, i) => bound(i + 8)),
    arcs,
  };
}

const amountsByPair = (problem: TransportProblem, amounts: number[]) =>
  new Map(problem.arcs.flatMap((arc, a) => (amounts[a] > 0 ? [[arc.source * problem.capacities.length + arc.sink, amounts[a]] as const] : [])));

describe('warm-started network simplex', () => {
  it('reaches the HiGHS optimum (total, then cost) whatever changed since the previous solve', async () => {
    await fc.assert(
      fc.asyncProperty(instance, fc.integer({ min: 100, max: 300 }), fc.integer({ min: 100, max: 300 }), fc.integer({ min: -3, max: 3 }), async (spec, walk, nextWalk, shift) => {
        const first = problemOf(spec, walk, 0);
        const before = await solveTransport(first);
        const next = problemOf(spec, nextWalk, shift);
        const warm = await solveTransport(next, undefined, 'network-simplex', amountsByPair(first, before.amounts));
        const reference = await solveTransport(next, undefined, 'highs');
        expect(warm.total).toBe(reference.total);
        expect(Math.abs(warm.cost - reference.cost)).toBeLessThanOrEqual(1e-6 * Math.max(1, reference.cost));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

const demo = generateDemo({ communities: 60, seed: 'parking-warm-start' });
const freshLayers = (): LayerSet =>
  Object.fromEntries(LAYER_NAMES.map((name) => [name, JSON.parse(demo.files[LAYER_FILES[name]])])) as LayerSet;

async function run(layers: LayerSet, params: Partial<ParkingParams>) {
  const result = await runParking(layers, params);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Everything but which flows were chosen (equally right when total and cost agree, DESIGN §3.6). */
const comparable = (value: Awaited<ReturnType<typeof run>>) => ({
  totals: value.totals,
  cost: Math.round(value.cost * 1e6) / 1e6,
  communities: value.communities.map(({ allocated: _allocated, ...row }) => row),
  parcels: value.parcels.map(({ allocated: _allocated, ...row }) => row),
});

afterEach(() => {
  warmStartEnabled.value = true;
});

describe('parking warm re-runs on generated data', () => {
  it('allocates something in cross mode (the big component is exercised)', async () => {
    const value = await run(freshLayers(), { mode: 'cross' });
    expect(value.totals.allocated).toBeGreaterThan(0);
    expect(value.solver.solverComponents).toBeGreaterThan(0);
  });

  const sequences: [string, Partial<ParkingParams>[]][] = [
    ['walk grows and shrinks', [{ maxWalkM: 300 }, { maxWalkM: 350 }, { maxWalkM: 300 }, { maxWalkM: 200 }, { maxWalkM: 450 }]],
    ['ratio changes', [{ ratio: 0.8 }, { ratio: 1.0 }, { ratio: 0.5 }, { ratio: 1.2 }]],
    ['levels and minimum spaces', [{ levels: 1 }, { levels: 2 }, { minSpaces: 20 }, { areaPerSpaceM2: 25 }]],
  ];

  it.each(sequences)('cross mode, %s: every warm result equals a cold run', async (_, steps) => {
    const layers = freshLayers();
    for (const step of steps) {
      const params = { mode: 'cross' as const, ...step };
      const warm = await run(layers, params);
      warmStartEnabled.value = false;
      const cold = await run(freshLayers(), params);
      warmStartEnabled.value = true;
      expect(comparable(warm)).toEqual(comparable(cold));
      expect(Math.abs(warm.cost - cold.cost)).toBeLessThanOrEqual(1e-6 * Math.max(1, cold.cost));
    }
  });
});

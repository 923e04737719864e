/**
 * Parking, services (straight line) and pooling against the literal reference on small
 * random scenes (arbitraries.ts). numRuns are modest: these run in CI on every commit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parkingParamsArbitrary, sceneArbitrary, servicesParamsArbitrary } from './arbitraries';
import { checkParking, checkPooling, checkServices } from './run';
import { sceneLayers } from './scene';

/** REF_RUNS=N multiplies the runs for a longer local hunt (CI keeps the default). */
const scale = Number(process.env.REF_RUNS ?? 1);
const runs = (n: number) => ({ numRuns: Math.max(1, Math.round(n * scale)) });

describe('random scenes: engine = reference', () => {
  it('parking', async () => {
    await fc.assert(
      fc.asyncProperty(sceneArbitrary, parkingParamsArbitrary, async (scene, params) => {
        const out = await checkParking(sceneLayers(scene), params);
        expect(out.problems).toEqual([]);
      }),
      runs(80),
    );
  });

  it('services', async () => {
    await fc.assert(
      fc.asyncProperty(sceneArbitrary, servicesParamsArbitrary, async (scene, params) => {
        const out = await checkServices(sceneLayers(scene), params);
        expect(out.problems).toEqual([]);
      }),
      runs(80),
    );
  });

  it('pooling', async () => {
    await fc.assert(
      fc.asyncProperty(sceneArbitrary, parkingParamsArbitrary, async (scene, { mode: _mode, ...params }) => {
        const out = await checkPooling(sceneLayers(scene), params);
        expect(out.problems).toEqual([]);
      }),
      runs(30),
    );
  });
});

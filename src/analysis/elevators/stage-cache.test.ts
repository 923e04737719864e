/**
 * The per-stage caches (stage-cache.ts) must never move a result: on generated data, a run
 * with the caches equals one without them, and after a parameter change the warm result
 * equals a cold run (fresh LayerSet) with the new parameters. Whole outputs are compared:
 * totals, unit ids, statuses, reasons, hours, footprints.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../cli/data-dir';
import { generateDemo } from '../../cli/demo';
import { LAYER_FILES, LAYER_NAMES } from '../../model/layers';
import type { LayerSet } from '../../model/types';
import { type ElevatorParams, runElevators, stageCacheSwitch } from '.';

const demo = generateDemo({ communities: 40, seed: 'elevator-caches' });
const freshLayers = (): LayerSet =>
  Object.fromEntries(LAYER_NAMES.map((name) => [name, JSON.parse(demo.files[LAYER_FILES[name]])])) as LayerSet;

function run(layers: LayerSet, params: Partial<ElevatorParams>) {
  const result = runElevators(layers, params);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A cold run: fresh data, so no memo holds anything. */
const cold = (params: Partial<ElevatorParams>) => run(freshLayers(), params);

afterEach(() => {
  stageCacheSwitch.enabled = true;
});

describe('elevator stage caches', () => {
  it('has something to compare: candidates, sunlight losses and several statuses', () => {
    const value = cold({});
    expect(value.totals.candidateUnits).toBeGreaterThan(100);
    expect(value.units.some((u) => u.sunlight.length > 0)).toBe(true);
    expect(value.totals.feasible * value.totals.conditional * value.totals.infeasible).toBeGreaterThan(0);
  });

  it('gives the same result with the caches as without them', () => {
    const layers = freshLayers();
    const withCaches = [run(layers, {}), run(layers, {})];
    stageCacheSwitch.enabled = false;
    const without = run(freshLayers(), {});
    expect(withCaches[0]).toEqual(without);
    expect(withCaches[1]).toEqual(without);
  });

  const changes: [string, Partial<ElevatorParams>][] = [
    ['requiredHours (re-classifies stored hours)', { requiredHours: 3 }],
    ['requiredHours down', { requiredHours: 1 }],
    ['shaft width (new footprints and after-hours)', { shaftWidthM: 3.1 }],
    ['shaft depth', { shaftDepthM: 3, corridorDepthM: 1 }],
    ['stair side and unit width (new frames)', { stairSide: 'south', unitWidthM: 9 }],
    ['minFloors (new candidates only)', { minFloors: 3 }],
    ['minSpacingM', { minSpacingM: 9 }],
    ['shaftExtraHeightM', { shaftExtraHeightM: 4 }],
    ['floor height (new "before" hours)', { floorHeightM: 3.3 }],
    ['date', { date: '2025-02-20' }],
  ];

  it.each(changes)('after a change of %s the warm result equals a cold run', (_, change) => {
    const layers = freshLayers();
    run(layers, {});
    expect(run(layers, change)).toEqual(cold(change));
    // And back: the previous parameters are still served right.
    expect(run(layers, {})).toEqual(cold({}));
  });
});

/**
 * Cold against warm on the embedded demo and on a second, larger generated city: the whole
 * output (verdicts, reasons, hours, ids, totals, footprints) must not depend on what the
 * caches held. "Warm" here is the worst case for the caches: the same LayerSet after runs
 * with other parameters that leave some stages' keys unchanged.
 */
describe('elevator results: cold equals warm', () => {
  const datasets: [string, () => LayerSet][] = [
    ['the embedded demo (data/demo)', () => loadDataDir(fileURLToPath(new URL('../../../data/demo', import.meta.url)))],
    ['a generated city of 150 communities (another seed)', (() => {
      const city = generateDemo({ communities: 150, seed: 'cold-versus-warm' });
      return () => Object.fromEntries(LAYER_NAMES.map((name) => [name, JSON.parse(city.files[LAYER_FILES[name]])])) as LayerSet;
    })()],
  ];

  it.each(datasets)('%s', (_, load) => {
    stageCacheSwitch.enabled = false;
    const coldDefault = run(load(), {});
    const coldThreeHours = run(load(), { requiredHours: 3 });
    stageCacheSwitch.enabled = true;
    expect(coldDefault.totals.candidateUnits).toBeGreaterThan(0);
    expect(coldDefault.units.some((u) => u.sunlight.length > 0)).toBe(true);

    const layers = load();
    expect(run(layers, {})).toEqual(coldDefault);
    expect(run(layers, {})).toEqual(coldDefault);
    expect(run(layers, { requiredHours: 3 })).toEqual(coldThreeHours);
    // Stages whose keys moved are recomputed, the others reused, and the result is the same.
    run(layers, { shaftExtraHeightM: 4 });
    run(layers, { date: '2025-02-20', minFloors: 3 });
    expect(run(layers, { requiredHours: 3 })).toEqual(coldThreeHours);
    expect(run(layers, {})).toEqual(coldDefault);
  });
});

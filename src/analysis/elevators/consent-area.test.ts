/**
 * The area half of 民法典 art. 278 (DESIGN §3.2): a candidate's floor area (footprint area ×
 * floors, the area households are shared by) and the floor area that must take part and agree,
 * worked out by hand, rounded up to 0.1 m² as minimums are.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectangle, scene, wholeSite } from '../../../test/fixtures/elevators/scene';
import { areaConsentThresholds } from './consent';
import { elevatorJson, runElevators } from '.';

describe('area thresholds', () => {
  it('1,200 m²: take part ≥ 800 m², agree ≥ 600 m² (exact, no float noise)', () => {
    expect(areaConsentThresholds(1200)).toEqual({ floorAreaM2: 1200, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600 });
  });

  it('rounds the floor area half up to 0.1 m², and each threshold up', () => {
    // 1,000 m²: 2/3 is 666.66… → 666.7; 3/4 of 666.7 is 500.025 → 500.1.
    expect(areaConsentThresholds(1000)).toEqual({ floorAreaM2: 1000, mustTakePartAreaM2: 666.7, mustAgreeAreaM2: 500.1 });
    expect(areaConsentThresholds(1234.56)).toMatchObject({ floorAreaM2: 1234.6 });
    expect(areaConsentThresholds(1234.54)).toMatchObject({ floorAreaM2: 1234.5 });
    expect(areaConsentThresholds(0)).toEqual({ floorAreaM2: 0, mustTakePartAreaM2: 0, mustAgreeAreaM2: 0 });
  });

  it('a threshold is never below its share, and never more than 0.1 m² above it', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5_000_000 }), (tenths) => {
      const floor = tenths / 10;
      const { floorAreaM2, mustTakePartAreaM2, mustAgreeAreaM2 } = areaConsentThresholds(floor);
      expect(floorAreaM2).toBe(floor);
      expect(3 * mustTakePartAreaM2).toBeGreaterThanOrEqual(2 * floor - 1e-6);
      expect(mustTakePartAreaM2 - (2 * floor) / 3).toBeLessThan(0.1 + 1e-9);
      expect(4 * mustAgreeAreaM2).toBeGreaterThanOrEqual(3 * mustTakePartAreaM2 - 1e-6);
      expect(mustAgreeAreaM2 - (3 * mustTakePartAreaM2) / 4).toBeLessThan(0.1 + 1e-9);
    }), { numRuns: 2000, seed: 7 });
  });
});

describe('elevator buildings carry their floor area and area thresholds', () => {
  // A 10 × 20 m building of 6 floors: 200 m² × 6 = 1,200 m²; the 24 × 10 m one of 5: 1,200 m² too.
  const layers = scene({
    buildings: [
      rectangle(0, 0, 20, 10, { id: 'B', communityId: 'C', floors: 6 }),
      rectangle(0, 60, 24, 70, { id: 'N', communityId: 'C', floors: 5 }),
    ],
    communities: [wholeSite(40)],
  });

  it('per building: floorAreaM2 1,200, take part ≥ 800 m², agree ≥ 600 m²; the head counts unchanged', () => {
    const result = runElevators(layers);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.buildings.map(({ id, households, mustTakePart, mustAgree, floorAreaM2, mustTakePartAreaM2, mustAgreeAreaM2 }) =>
      ({ id, households, mustTakePart, mustAgree, floorAreaM2, mustTakePartAreaM2, mustAgreeAreaM2 }))).toEqual([
      // 40 households over two equal floor areas: 20 each, 14 take part, 11 agree.
      { id: 'B', households: 20, mustTakePart: 14, mustAgree: 11, floorAreaM2: 1200, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600 },
      { id: 'N', households: 20, mustTakePart: 14, mustAgree: 11, floorAreaM2: 1200, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600 },
    ]);
  });

  it('the JSON of `analyze elevators` lists them after the head counts', () => {
    const result = runElevators(layers);
    if (!result.ok) throw new Error(result.error.message);
    const json = JSON.parse(JSON.stringify(elevatorJson(result.value)));
    expect(Object.keys(json.buildings[0])).toEqual(['id', 'communityId', 'units', 'feasible', 'households', 'mustTakePart', 'mustAgree', 'floorAreaM2', 'mustTakePartAreaM2', 'mustAgreeAreaM2']);
    expect(json.buildings[0]).toMatchObject({ floorAreaM2: 1200, mustTakePartAreaM2: 800, mustAgreeAreaM2: 600 });
  });
});

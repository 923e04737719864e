/**
 * The cost estimate, worked out by hand. One community of 100 households and 40 spaces with
 * two buildings (measured figures given directly so the arithmetic is easy to follow):
 *   B1: footprint 40 m × 10 m = 400 ㎡, perimeter 100 m, 6 floors, heightM 18, 3 units
 *   B2: footprint 30 m × 10 m = 300 ㎡, perimeter  80 m, 5 floors, no heightM (→ 5 × 3 m = 15 m), 2 units
 * Findings: 4 elevator units (feasible + conditional), 20 spaces allocated by parking.
 */
import { describe, expect, it } from 'vitest';
import type { BuildingFeature } from '../../model/types';
import { createLocalProjection } from '../geometry/projection';
import { costBuildingsFromFeatures, DEFAULT_UNIT_COSTS, estimateCost, scopeOf, unitCostScale, unitCostUnit, unitsOf, type CostBuilding } from '.';
import { runElevators } from '../elevators';
import type { LayerSet } from '../../model/types';

const community = {
  id: 'C1',
  households: 100,
  parkingSpaces: 40,
  items: ['pipes', 'roof', 'facade', 'fire_safety', 'elevator', 'parking', 'ev_charging', 'barrier_free', 'elderly_care', 'greening'],
};
const buildings: CostBuilding[] = [
  { id: 'B1', floors: 6, heightM: 18, units: 3, footprintM2: 400, perimeterM: 100 },
  { id: 'B2', floors: 5, units: 2, footprintM2: 300, perimeterM: 80 },
];
const findings = { elevatorUnits: 4, parkingAllocated: 20 };
const amount = (estimate: ReturnType<typeof estimateCost>, item: string) => estimate.lines.find((line) => line.item === item)?.amountWan;

describe('estimateCost with the default unit costs', () => {
  const estimate = estimateCost(community, buildings, findings);

  it('prices each item from its quantity', () => {
    expect(amount(estimate, 'pipes')).toBeCloseTo(120, 9); // 100 户 × 1.2 万元/户
    expect(amount(estimate, 'roof')).toBeCloseTo(18.2, 9); // (400 + 300) ㎡ × 260 元/㎡ = 182,000 元
    expect(amount(estimate, 'facade')).toBeCloseTo(45, 9); // (100 × 18 + 80 × 15) = 3,000 ㎡ × 150 元/㎡ = 450,000 元
    expect(amount(estimate, 'fire_safety')).toBeCloseTo(12, 9); // 2 栋 × 6 万元/栋
    expect(amount(estimate, 'elevator')).toBeCloseTo(280, 9); // 4 部 × 70 万元/部
    expect(amount(estimate, 'parking')).toBeCloseTo(50, 9); // 20 个车位 × 2.5 万元
    expect(amount(estimate, 'ev_charging')).toBeCloseTo(4.8, 9); // ceil(10% × (40 + 20)) = 6 个 × 0.8 万元
    expect(amount(estimate, 'barrier_free')).toBeCloseTo(7.5, 9); // 3 + 2 = 5 个入口 × 1.5 万元
    expect(amount(estimate, 'elderly_care')).toBeCloseTo(122.5, 9); // 350 ㎡ (minimum size) × 3,500 元/㎡ = 1,225,000 元
  });

  it('adds up by class and overall', () => {
    expect(estimate.byCategory.basic).toBeCloseTo(195.2, 9); // 120 + 18.2 + 45 + 12
    expect(estimate.byCategory.improve).toBeCloseTo(342.3, 9); // 280 + 50 + 4.8 + 7.5
    expect(estimate.byCategory.enhance).toBeCloseTo(122.5, 9);
    expect(estimate.totalWan).toBeCloseTo(660, 9);
  });

  it('lists lines in class order with their quantities and units', () => {
    expect(estimate.lines.map((line) => line.category)).toEqual(['basic', 'basic', 'basic', 'basic', 'improve', 'improve', 'improve', 'improve', 'enhance']);
    const facade = estimate.lines.find((line) => line.item === 'facade')!;
    expect(facade).toMatchObject({ quantity: 3000, unitCost: 150, unit: { zh: '㎡' }, unitCostUnit: { zh: '元/㎡' }, assumed: true });
    expect(estimate.lines.find((line) => line.item === 'ev_charging')!.quantity).toBe(6);
  });

  it('reports an item it cannot price instead of dropping it', () => {
    expect(estimate.unpriced).toEqual(['greening']);
  });
});

describe('estimateCost inputs', () => {
  it('takes edited unit costs; ignores negative and non-numbers', () => {
    const edited = estimateCost(community, buildings, findings, { elevator: 80, roof: -5, pipes: Number.NaN });
    expect(amount(edited, 'elevator')).toBeCloseTo(320, 9); // 4 × 80
    expect(amount(edited, 'roof')).toBeCloseTo(18.2, 9); // default kept
    expect(amount(edited, 'pipes')).toBeCloseTo(120, 9);
    expect(edited.unitCosts.elevator).toBe(80);
  });

  it('prices 0 and flags the line when a finding is missing', () => {
    const estimate = estimateCost(community, buildings, { elevatorUnits: null, parkingAllocated: null });
    const elevator = estimate.lines.find((line) => line.item === 'elevator')!;
    expect(elevator).toMatchObject({ quantity: 0, amountWan: 0, assumed: true });
    // Chargers then count the existing 40 spaces only: ceil(4) = 4 × 0.8 = 3.2 万元
    expect(amount(estimate, 'ev_charging')).toBeCloseTo(3.2, 9);
  });

  it('uses a chosen site area and counts an item listed twice once', () => {
    const estimate = estimateCost({ id: 'C2', items: ['canteen', 'canteen'] }, [], { elevatorUnits: 0, parkingAllocated: 0, siteAreaM2: { canteen: 200 } });
    expect(estimate.lines).toHaveLength(1);
    expect(estimate.totalWan).toBeCloseTo(60, 9); // 200 ㎡ × 3,000 元/㎡
  });

  it('is empty for a community without items', () => {
    const estimate = estimateCost({ id: 'C3' }, buildings, findings);
    expect(estimate.lines).toEqual([]);
    expect(estimate.totalWan).toBe(0);
  });

  it('names the unit each cost is quoted in', () => {
    expect(unitCostUnit('pipes').zh).toBe('万元/户');
    expect(unitCostUnit('parking').zh).toBe('万元/车位');
    expect(unitCostUnit('elevator').zh).toBe('万元/部');
    // English quotes in yuan, as its amounts are in ¥ (1.2 万元/户 → 12,000 yuan per household).
    expect(unitCostUnit('pipes').en).toBe('yuan per household');
    expect(DEFAULT_UNIT_COSTS.pipes * unitCostScale('pipes', 'en')).toBe(12_000);
    expect(unitCostScale('pipes', 'zh')).toBe(1);
    expect(unitCostScale('roof', 'en')).toBe(1);
    expect(DEFAULT_UNIT_COSTS.elevator).toBeGreaterThanOrEqual(60);
    expect(DEFAULT_UNIT_COSTS.elevator).toBeLessThanOrEqual(80);
  });
});

describe('measuring buildings', () => {
  it('gives footprint, perimeter and total floor area in metres', () => {
    // A 40 m × 10 m rectangle laid out in metres around Hangzhou, then unprojected to lon/lat.
    const projection = createLocalProjection(120.15, 30.27);
    const ring = [[0, 0], [40, 0], [40, 10], [0, 10], [0, 0]].map(([x, y]) => projection.inverse([x, y]));
    const feature: BuildingFeature = { type: 'Feature', properties: { id: 'B1', floors: 6, units: 3 }, geometry: { type: 'Polygon', coordinates: [ring] } };
    const [measured] = costBuildingsFromFeatures([feature]);
    expect(measured.footprintM2).toBeCloseTo(400, 1);
    expect(measured.perimeterM).toBeCloseTo(100, 2);
    const scope = scopeOf({ id: 'C1', households: 36, builtYear: 1990 }, [measured, { id: 'B2', floors: 5, footprintM2: 300, perimeterM: 80 }]);
    expect(scope.floorAreaM2).toBeCloseTo(400 * 6 + 300 * 5, 0); // 3,900 ㎡
    expect(scope).toMatchObject({ buildings: 2, households: 36, builtYear: 1990, units: 4 });
  });
});

describe('units agree with the elevator analysis (DESIGN §3.2)', () => {
  it('counts max(1, round(frame length / unit width)) for a building without units, as runElevators does; barrier-free entrances too', () => {
    const projection = createLocalProjection(120.15, 30.27);
    const block = (id: string, x: number, length: number, units?: number): BuildingFeature => ({
      type: 'Feature',
      properties: { id, communityId: 'C1', floors: 6, hasElevator: false, ...(units ? { units } : {}) },
      geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + length, 0], [x + length, 10], [x, 10], [x, 0]].map(([px, py]) => projection.inverse([px, py]))] },
    });
    // 62 m → 5 units, 40 m → 3, 8 m → 1, and a given units field (2) wins.
    const features = [block('B1', 0, 62), block('B2', 100, 40), block('B3', 200, 8), block('B4', 300, 60, 2)];
    const measured = costBuildingsFromFeatures(features);
    expect(measured.map((b) => unitsOf(b))).toEqual([5, 3, 1, 2]);
    const scope = scopeOf({ id: 'C1', households: 100 }, measured);
    expect(scope.units).toBe(11);
    const elevators = runElevators({ buildings: { type: 'FeatureCollection', features } } as LayerSet, {});
    if (!elevators.ok) throw new Error(elevators.error.message);
    expect(elevators.value.buildings.map((row) => row.units)).toEqual([5, 3, 1, 2]);
    const entrances = estimateCost({ id: 'C1', households: 100, items: ['barrier_free'] }, measured, { elevatorUnits: null, parkingAllocated: null }).lines.find((line) => line.item === 'barrier_free');
    expect(entrances?.quantity).toBe(11);
  });
});

import { describe, expect, it } from 'vitest';
import type { ElevatorOutput, ElevatorUnit } from '../../analysis/elevators/params';
import { DETAILED_UNITS_LIMIT, elevatorLayers } from './elevators';

function output(count: number): ElevatorOutput {
  const units: ElevatorUnit[] = Array.from({ length: count }, (_, i) => ({
    buildingId: `B${i}`, communityId: 'C', unit: 1, status: i % 2 ? 'feasible' : 'infeasible', reasons: [], sunlight: [], details: [],
  }));
  const footprints = new Float64Array(count * 8);
  for (let i = 0; i < count; i++) footprints.set([120 + i * 1e-4, 30, 120.00002 + i * 1e-4, 30, 120.00002 + i * 1e-4, 30.00003, 120 + i * 1e-4, 30.00003], i * 8);
  return { totals: { candidateBuildings: count, candidateUnits: count, feasible: 0, conditional: 0, infeasible: 0 }, units, footprints, buildings: [], communities: [], params: {} as ElevatorOutput['params'], sun: { lon: 120, lat: 30, samples: 96, noonAltitudeDeg: 36 }, warnings: [] };
}

describe('elevator map layers', () => {
  it('draws marks and every outline up to the limit', () => {
    const layers = elevatorLayers(output(3), undefined, 'B1-1');
    expect(layers.map((layer) => layer.id)).toEqual(['elevator-sun-neighbours', 'elevator-units', 'elevator-marks']);
    expect(layers[1].props).toMatchObject({ stroked: true });
    expect((layers[2].props.data as unknown[]).length).toBe(3);
  });

  it('above it, colours only, and the selected unit outlined in a layer of its own', () => {
    const layers = elevatorLayers(output(DETAILED_UNITS_LIMIT + 1), undefined, 'B7-1');
    expect(layers.map((layer) => layer.id)).toEqual(['elevator-sun-neighbours', 'elevator-units', 'elevator-selected']);
    expect(layers[1].props).toMatchObject({ stroked: false, pickable: true });
    const selected = layers[2].props.data as { features: { properties: { key: string } }[] };
    expect(selected.features.map((feature) => feature.properties.key)).toEqual(['B7-1']);
  });
});

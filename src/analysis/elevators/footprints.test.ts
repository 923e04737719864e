import { describe, expect, it } from 'vitest';
import { rectangle, scene, slab } from '../../../test/fixtures/elevators/scene';
import { elevatorJson, runElevators, unitFootprint } from '.';

describe('unit footprints, flat and as GeoJSON', () => {
  it('reads unit i from [8i, 8i + 8) and closes the ring on a copy of the first corner', () => {
    const flat = Float64Array.from([0, 0, 1, 0, 1, 1, 0, 1, 10, 20, 11, 20, 11, 21, 10, 21]);
    const second = unitFootprint(flat, 1);
    expect(second).toEqual({ type: 'Polygon', coordinates: [[[10, 20], [11, 20], [11, 21], [10, 21], [10, 20]]] });
    expect(second.coordinates[0][4]).not.toBe(second.coordinates[0][0]);
  });

  it('the JSON of the CLI lists every unit with its footprint, in DESIGN §4 key order, and no flat array', () => {
    const result = runElevators(scene({ buildings: [slab(), rectangle(0, 40, 30, 52, { id: 'N', floors: 6, communityId: 'C' })] }));
    if (!result.ok) throw new Error(result.error.message);
    const json = elevatorJson(result.value);
    expect(json.units).toHaveLength(result.value.units.length);
    expect(Object.keys(json)).toEqual(['totals', 'units', 'buildings', 'communities', 'params', 'sun', 'defaultsApplied', 'nonResidential', 'crowdedFacades', 'warnings']);
    expect(Object.keys(json.units[0])).toEqual(['buildingId', 'communityId', 'unit', 'status', 'reasons', 'footprint', 'sunlight', 'details']);
    json.units.forEach((unit, i) => expect(unit.footprint).toEqual(unitFootprint(result.value.footprints, i)));
    expect(JSON.stringify(json)).not.toContain('footprints');
  });
});

import { describe, expect, it } from 'vitest';
import type { ElevatorOutput, ElevatorUnit } from '../../analysis/elevators/params';
import { unitGraphics } from './elevator-units';
import { DETAILED_UNITS_LIMIT, elevatorLayers } from './elevators';

function output(count: number): ElevatorOutput {
  const units: ElevatorUnit[] = Array.from({ length: count }, (_, i) => ({
    buildingId: `B${i}`, communityId: 'C', unit: 1, status: i % 2 ? 'feasible' : 'infeasible', reasons: i % 2 ? [] : ['SPACING'], sunlight: [], details: [],
  }));
  const footprints = new Float64Array(count * 8);
  for (let i = 0; i < count; i++) footprints.set([120 + i * 1e-4, 30, 120.00002 + i * 1e-4, 30, 120.00002 + i * 1e-4, 30.00004, 120 + i * 1e-4, 30.00004], i * 8);
  return { totals: { candidateBuildings: count, candidateUnits: count, feasible: 0, conditional: 0, infeasible: 0 }, units, footprints, buildings: [], communities: [], params: {} as ElevatorOutput['params'], sun: { lon: 120, lat: 30, samples: 96, noonAltitudeDeg: 36 }, warnings: [] };
}

const selectedKeys = (layer: { props: { data: unknown } }) =>
  (layer.props.data as { features: { properties: { key: string } }[] }).features.map((feature) => feature.properties.key);

describe('elevator map layers', () => {
  it('draws marks and every outline up to the limit, and the selected unit in orange', () => {
    const layers = elevatorLayers(output(3), undefined, 'B1-1');
    expect(layers.map((layer) => layer.id)).toEqual(['elevator-sun-neighbours', 'elevator-units', 'elevator-outlines', 'elevator-marks', 'elevator-selected']);
    const marks = layers[3].props.data as { position: [number, number]; text: string }[];
    expect(marks.map((mark) => mark.text)).toEqual(['✕', '✓', '✕']);
    // The mark sits at the footprint's centre (the mean of its four corners).
    expect(marks[1].position[0]).toBeCloseTo(120.00011, 9);
    expect(marks[1].position[1]).toBeCloseTo(30.00002, 9);
    expect(selectedKeys(layers[4])).toEqual(['B1-1']);
  });

  it('above it, colours only', () => {
    const layers = elevatorLayers(output(DETAILED_UNITS_LIMIT + 1), undefined, 'B7-1');
    expect(layers.map((layer) => layer.id)).toEqual(['elevator-sun-neighbours', 'elevator-units', 'elevator-selected']);
    expect(layers[1].props).toMatchObject({ pickable: true });
    expect(selectedKeys(layers[2])).toEqual(['B7-1']);
  });

  it('reads the footprints as binary data, built once per result: a new selection reuses it', () => {
    const result = output(4);
    const first = elevatorLayers(result, undefined, null);
    const second = elevatorLayers(result, undefined, 'B2-1');
    expect(second[1].props.data).toBe(first[1].props.data);
    expect(second[2].props.data).toBe(first[2].props.data);
    expect(selectedKeys(first[first.length - 1])).toEqual([]);
    const { polygons } = unitGraphics(result);
    expect(polygons.length).toBe(4);
    expect([...polygons.startIndices]).toEqual([0, 4, 8, 12]);
    expect(polygons.attributes.getPolygon.value).toBe(result.footprints);
    // feasible #2e7d32, infeasible #c62828, with the fill's alpha.
    expect([...unitGraphics(result).fillColours.subarray(0, 8)]).toEqual([198, 40, 40, 230, 46, 125, 50, 230]);
    const fill = (second[1].props as unknown as { getFillColor: unknown }).getFillColor as (object: unknown, info: { index: number; target: number[] }) => number[];
    expect(fill(undefined, { index: 1, target: [0, 0, 0, 0] })).toEqual([46, 125, 50, 230]);
    expect(polygons.propertiesAt(1)).toEqual({ key: 'B1-1', status: 'feasible', buildingId: 'B1', unit: 1, reasons: '' });
    expect(polygons.propertiesAt(2)).toMatchObject({ key: 'B2-1', status: 'infeasible', reasons: 'SPACING' });
  });
});

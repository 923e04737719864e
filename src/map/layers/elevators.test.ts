import { describe, expect, it } from 'vitest';
import type { ElevatorOutput, ElevatorUnit } from '../../analysis/elevators/params';
import type { FeatureCollection } from 'geojson';
import { communityOverview, communityVerdict, OVERVIEW_MAX_ZOOM } from './elevator-communities';
import { type CulledData, seenIn } from '../layer-culling';
import { unitGraphics } from './elevator-units';
import { DETAILED_UNITS_LIMIT, elevatorLayers } from './elevators';

function output(count: number): ElevatorOutput {
  const units: ElevatorUnit[] = Array.from({ length: count }, (_, i) => ({
    buildingId: `B${i}`, communityId: 'C', unit: 1, status: i % 2 ? 'feasible' : 'infeasible', reasons: i % 2 ? [] : ['SPACING'], sunlight: [], details: [],
  }));
  const footprints = new Float64Array(count * 8);
  for (let i = 0; i < count; i++) footprints.set([120 + i * 1e-4, 30, 120.00002 + i * 1e-4, 30, 120.00002 + i * 1e-4, 30.00004, 120 + i * 1e-4, 30.00004], i * 8);
  return { totals: { candidateBuildings: count, candidateUnits: count, feasible: 0, conditional: 0, infeasible: 0 }, units, footprints, buildings: [], communities: [], params: {} as ElevatorOutput['params'], sun: { lon: 120, lat: 30, samples: 96, noonAltitudeDeg: 36 },
    defaultsApplied: { hasElevator: 0, use: 0, roadWidthM: 0, protectedBufferM: 0, communityHouseholds: 0 }, nonResidential: [], crowdedFacades: 0, warnings: [] };
}

const selectedKeys = (layer: { props: { data: unknown } }) =>
  (layer.props.data as { features: { properties: { key: string } }[] }).features.map((feature) => feature.properties.key);

describe('elevator map layers', () => {
  it('draws marks and every outline up to the limit, from zoom 16, and the selected unit in orange', () => {
    const layers = elevatorLayers(output(3), undefined, 'B1-1');
    expect(layers.map((layer) => layer.id)).toEqual(['elevator-communities', 'elevator-sun-neighbours', 'elevator-units:0', 'elevator-outlines', 'elevator-marks', 'elevator-selected']);
    const marks = layers[4].props.data as { position: [number, number]; text: string }[] & CulledData;
    expect(marks.map((mark) => mark.text)).toEqual(['✕', '✓', '✕']);
    // The mark sits at the footprint's centre (the mean of its four corners).
    expect(marks[1].position[0]).toBeCloseTo(120.00011, 9);
    expect(marks[1].position[1]).toBeCloseTo(30.00002, 9);
    expect(selectedKeys(layers[5])).toEqual(['B1-1']);
    // Marks and outlines only where a unit is more than a pixel or two, over the units' box.
    const outlines = layers[3].props.data as CulledData;
    for (const data of [marks, outlines]) {
      expect(data.minZoom).toBe(OVERVIEW_MAX_ZOOM);
      expect(data.bounds[0]).toBeCloseTo(120, 9);
      expect(data.bounds[2]).toBeCloseTo(120.00022, 9);
      expect(data.bounds[3]).toBeCloseTo(30.00004, 9);
    }
    const view = (zoom: number) => ({ bounds: [119.99, 29.99, 120.01, 30.01] as CulledData['bounds'], zoom });
    expect(seenIn(marks, view(15.9))).toBe(false);
    expect(seenIn(marks, view(16))).toBe(true);
  });

  it('above it, colours only, in chunks of about 2 km drawn from zoom 14', () => {
    const result = output(DETAILED_UNITS_LIMIT + 1);
    const layers = elevatorLayers(result, undefined, 'B7-1');
    const ids = layers.map((layer) => layer.id);
    expect(ids.slice(0, 2)).toEqual(['elevator-communities', 'elevator-sun-neighbours']);
    expect(ids.at(-1)).toBe('elevator-selected');
    expect(ids).not.toContain('elevator-marks');
    const chunks = layers.filter((layer) => layer.id.startsWith('elevator-units:'));
    // The units run 2° east, 1e-4° apart: 0.02° cells.
    expect(chunks.length).toBeGreaterThanOrEqual(100);
    expect(chunks.length).toBeLessThanOrEqual(101);
    expect(chunks[0].props).toMatchObject({ pickable: true });
    expect(selectedKeys(layers.at(-1)!)).toEqual(['B7-1']);
    // Every unit in exactly one chunk, within that chunk's bounds.
    const { chunks: graphics } = unitGraphics(result);
    const seen = graphics.flatMap((chunk) => [...chunk.units]).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: result.units.length }, (_, i) => i));
    for (const chunk of graphics) {
      expect(chunk.polygons.minZoom).toBe(14);
      for (const unit of chunk.units) {
        expect(result.footprints[unit * 8]).toBeGreaterThanOrEqual(chunk.polygons.bounds[0]);
        expect(result.footprints[unit * 8 + 2]).toBeLessThanOrEqual(chunk.polygons.bounds[2]);
      }
    }
    // A chunk's row reports its own unit.
    const chunk = graphics[3];
    expect(chunk.polygons.propertiesAt(0)).toMatchObject({ key: `B${chunk.units[0]}-1` });
    expect(chunk.polygons.pickLayer).toBe('elevator-units');
  });

  it('colours each community by the verdict most of its units have, a tie going to the less favourable', () => {
    const row = (feasible: number, conditional: number, infeasible: number) => ({ feasible, conditional, infeasible });
    expect(communityVerdict(row(5, 2, 1))).toBe('feasible');
    expect(communityVerdict(row(1, 4, 3))).toBe('conditional');
    expect(communityVerdict(row(0, 0, 2))).toBe('infeasible');
    expect(communityVerdict(row(3, 3, 1))).toBe('conditional');
    expect(communityVerdict(row(3, 1, 3))).toBe('infeasible');
    expect(communityVerdict(row(2, 2, 2))).toBe('infeasible');
    expect(communityVerdict(row(0, 0, 0))).toBeNull();
  });

  it('adds the community overview under zoom 16 (14 above the limit): every community of the layer, under the buildings, picked', () => {
    const square = (west: number, south: number) => ({ type: 'Polygon' as const, coordinates: [[[west, south], [west + 0.01, south], [west + 0.01, south + 0.01], [west, south + 0.01], [west, south]]] });
    const communities: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'C1', name: '一' }, geometry: square(120, 30) },
        { type: 'Feature', properties: { id: 'C2', name: '二' }, geometry: square(120.5, 30.2) },
        { type: 'Feature', properties: { id: 'C3', name: '三' }, geometry: square(121, 31) },
      ],
    };
    const result = output(DETAILED_UNITS_LIMIT + 1);
    result.communities = [
      { id: 'C1', candidateBuildings: 3, feasible: 1, conditional: 0, infeasible: 2, householdsServed: 10 },
      { id: 'C2', candidateBuildings: 2, feasible: 4, conditional: 1, infeasible: 0, householdsServed: 30 },
      // A community the layer does not have: not drawn. C3 has no row: drawn as having none.
      { id: 'C9', candidateBuildings: 1, feasible: 1, conditional: 0, infeasible: 0, householdsServed: 5 },
    ];
    const layers = elevatorLayers(result, undefined, null, communities);
    expect(layers[0].id).toBe('elevator-communities');
    const overview = communityOverview(result, communities);
    expect(layers[0].props.data).toBe(overview);
    expect(layers[0].props).toMatchObject({ pickable: true, beforeId: 'buildings-extrusion' });
    expect(overview.features.map((feature) => feature.properties)).toEqual([{ id: 'C1', verdict: 'infeasible' }, { id: 'C2', verdict: 'feasible' }, { id: 'C3', verdict: 'none' }]);
    // Above the limit it gives way at 14, where the unit fills start (the province's pans).
    expect(overview.maxZoom).toBe(14);
    expect(overview.bounds).toEqual([120, 30, 121.01, 31.01]);
    // infeasible #c62828 hatched in ink, feasible #2e7d32 and none pale grey solid, all but opaque over the basemap's status colours.
    type Accessor = (feature: unknown) => unknown;
    const props = layers[0].props as unknown as { getFillColor: Accessor; getFillPattern: Accessor; getFillPatternBackgroundColor: Accessor; fillPatternMapping: object };
    expect(overview.features.map((feature) => [props.getFillPattern(feature), props.getFillColor(feature), props.getFillPatternBackgroundColor(feature)])).toEqual([
      ['infeasible', [33, 33, 33, 230], [198, 40, 40, 230]],
      ['feasible', [46, 125, 50, 230], [0, 0, 0, 0]],
      ['none', [245, 245, 245, 230], [0, 0, 0, 0]],
    ]);
    // Only 需协调 (dots) and 不可行 (hatch) have a pattern; the others fall to deck.gl's solid fill.
    expect(Object.keys(props.fillPatternMapping)).toEqual(['conditional', 'infeasible']);
    // A summary row of no units (an empty community's) is none as well.
    result.communities.push({ id: 'C3', candidateBuildings: 0, feasible: 0, conditional: 0, infeasible: 0, householdsServed: 0 });
    expect(communityOverview({ ...result }, communities).features[2].properties).toEqual({ id: 'C3', verdict: 'none' });
    result.communities.pop();
    // Built once per result and layer: a new selection keeps the same data.
    expect(elevatorLayers(result, undefined, 'B3-1', communities)[0].props.data).toBe(overview);
    // Up to the limit as well, below 16: the units are drawn at every zoom, but a pixel or two below it.
    const detailed = elevatorLayers(output(3), undefined, null, communities)[0];
    expect(detailed.id).toBe('elevator-communities');
    expect((detailed.props.data as CulledData).maxZoom).toBe(16);
  });

  it('outlines the buildings losing sunlight: all of them up to the limit, the selected unit\'s above it', () => {
    const buildings = { type: 'FeatureCollection' as const, features: ['N1', 'N2'].map((id) => ({ type: 'Feature' as const, properties: { id }, geometry: { type: 'Point' as const, coordinates: [120, 30] } })) };
    const withLosses = (count: number) => {
      const result = output(count);
      result.units[1] = { ...result.units[1], sunlight: [{ buildingId: 'N1', hoursBefore: 3, hoursAfter: 1 }] };
      result.units[2] = { ...result.units[2], sunlight: [{ buildingId: 'N2', hoursBefore: 3, hoursAfter: 1.5 }] };
      return result;
    };
    const ids = (layers: { id: string; props: { data: unknown } }[]) =>
      (layers.find((layer) => layer.id === 'elevator-sun-neighbours')!.props.data as { features: { properties: { id: string } }[] }).features.map((feature) => feature.properties.id);
    expect(ids(elevatorLayers(withLosses(3), buildings, null))).toEqual(['N1', 'N2']);
    const many = withLosses(DETAILED_UNITS_LIMIT + 1);
    expect(ids(elevatorLayers(many, buildings, null))).toEqual([]);
    expect(ids(elevatorLayers(many, buildings, 'B2-1'))).toEqual(['N2']);
  });

  it('reads the footprints as binary data, built once per result: a new selection reuses it', () => {
    const result = output(4);
    const first = elevatorLayers(result, undefined, null);
    const second = elevatorLayers(result, undefined, 'B2-1');
    expect(second[0].props.data).toBe(first[0].props.data);
    expect(second[1].props.data).toBe(first[1].props.data);
    expect(second[2].props.data).toBe(first[2].props.data);
    expect(second[3].props.data).toBe(first[3].props.data);
    expect(second[4].props.data).toBe(first[4].props.data);
    expect(selectedKeys(first[first.length - 1])).toEqual([]);
    const [{ polygons, fillColours }] = unitGraphics(result).chunks;
    expect(unitGraphics(result).chunks.length).toBe(1);
    expect(polygons.minZoom).toBeUndefined();
    expect(polygons.length).toBe(4);
    expect([...polygons.startIndices]).toEqual([0, 5, 10, 15]);
    // Each footprint's ring, closed on its first corner.
    const ring = [...polygons.attributes.getPolygon!.value.subarray(10, 20)];
    expect(ring).toEqual([...result.footprints.subarray(8, 16), result.footprints[8], result.footprints[9]]);
    // Two triangles a footprint, ready for deck.gl (no earcut per unit): 0 1 2 and 0 2 3 of each ring.
    expect([...polygons.attributes.indices!]).toEqual([0, 1, 2, 0, 2, 3, 5, 6, 7, 5, 7, 8, 10, 11, 12, 10, 12, 13, 15, 16, 17, 15, 17, 18]);
    expect([...unitGraphics(result).outlines.startIndices]).toEqual([0, 4, 8, 12]);
    expect(unitGraphics(result).outlines.attributes.getPath!.value).toBe(result.footprints);
    // feasible #2e7d32, infeasible #c62828, with the fill's alpha.
    expect([...fillColours.subarray(0, 8)]).toEqual([198, 40, 40, 230, 46, 125, 50, 230]);
    const fill = (second[2].props as unknown as { getFillColor: unknown }).getFillColor as (object: unknown, info: { index: number; target: number[] }) => number[];
    expect(fill(undefined, { index: 1, target: [0, 0, 0, 0] })).toEqual([46, 125, 50, 230]);
    expect(polygons.propertiesAt(1)).toEqual({ key: 'B1-1', status: 'feasible', buildingId: 'B1', unit: 1, reasons: '' });
    expect(polygons.propertiesAt(2)).toMatchObject({ key: 'B2-1', status: 'infeasible', reasons: 'SPACING' });
    // 深色 (or an export holding the map light) restyles the same data: every layer's, the units' binary rows too; new colours by updateTriggers.
    const dark = elevatorLayers(result, undefined, 'B2-1', undefined, 'dark');
    expect(dark.map((layer) => layer.id)).toEqual(second.map((layer) => layer.id));
    dark.forEach((layer, i) => {
      if (layer.id !== 'elevator-selected') expect(layer.props.data, layer.id).toBe(second[i].props.data);
    });
    expect(dark[2].props.updateTriggers).toEqual({ getFillColor: 'dark' });
    expect(dark[0].props.updateTriggers).toEqual({ getFillColor: 'dark', getFillPatternBackgroundColor: 'dark' });
    const darkFill = (dark[2].props as unknown as { getFillColor: unknown }).getFillColor as typeof fill;
    // 不可行 in red 600 on the dark ground, 可行's green as it was (view-colours.ts).
    expect([0, 1].map((index) => darkFill(undefined, { index, target: [0, 0, 0, 0] }))).toEqual([[229, 57, 53, 230], [46, 125, 50, 230]]);
    expect([...fillColours.subarray(0, 8)]).toEqual([198, 40, 40, 230, 46, 125, 50, 230]);
  });
});

/**
 * Each panel's legend (map-key.ts) against its layers: the key's colours are the colours the
 * layers' accessors give, so the legend cannot drift from the map.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import type { ElevatorOutput, ElevatorUnit } from '../../analysis/elevators/params';
import type { ParkingOutput } from '../../analysis/parking';
import type { ServicesOutput } from '../../analysis/services';
import type { BuildingVote } from '../../analysis/residents';
import type { KeySection, KeySwatch } from '../map-key';
import { OVERVIEW_FILLS, OVERVIEW_MAX_ZOOM, OVERVIEW_PATTERNS } from './elevator-communities';
import { unitGraphics } from './elevator-units';
import { elevatorKey, elevatorLayers, shadowLayer, VERDICT_MARKS } from './elevators';
import { parkingKey, parkingLayers, shareMetColour } from './parking';
import { PARKING_COLOURS } from './parking-colours';
import { servicesKey, servicesLayers } from './services';
import { communityHeatLayer, heatColour, heatKey, voteKey, voteLayer } from './residents';
import { choroplethColour, districtChoropleth, poolingArcs, poolingKey } from './pooling';
import { ELEVATOR_COLOURS, SERVICES_COLOURS } from './view-colours';
import type { CatchmentOutput } from '../../analysis/services';
import type { DistrictAggregate } from '../../analysis/status/aggregate';

type Accessor = (object: unknown, info?: unknown) => number[];
const accessor = (layer: { props: unknown }, name: string) => (layer.props as Record<string, Accessor>)[name];
const swatches = (section: KeySection | undefined) => section?.entries.map((entry) => entry.swatch) ?? [];
const colourOf = (swatch: KeySwatch) => ('colour' in swatch ? [...swatch.colour] : null);
const square = (id: string, x: number): Feature => ({ type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 0.001, 30], [x + 0.001, 30.001], [x, 30.001], [x, 30]]] } });
const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('legend keys match the layers they describe', () => {
  it('parking: the share-met ramp, no deficit, parcels and flows; cross-district and scenario B only when drawn', () => {
    const communities = collection(square('C1', 120), square('C2', 120.01));
    const idleLand = collection(square('P1', 120.005), square('P2', 120.02));
    const result = {
      communities: [{ id: 'C1', deficit: 10, allocated: 10 }, { id: 'C2', deficit: 0, allocated: 0 }],
      parcels: [{ id: 'P1', capacity: 10, allocated: 10, retained: true }, { id: 'P2', capacity: 5, allocated: 0, retained: false }],
      flows: [
        { communityId: 'C1', parcelId: 'P1', spaces: 6, distanceM: 100, communityDistrictId: 'D1', parcelDistrictId: 'D1' },
        { communityId: 'C1', parcelId: 'P1', spaces: 4, distanceM: 100, communityDistrictId: 'D1', parcelDistrictId: 'D2' },
      ],
    } as unknown as ParkingOutput;
    // In each theme (深色 has lighter shades: parking-colours.ts), the key in the map's colours.
    for (const theme of ['light', 'dark'] as const) {
      const { noDeficit, scenarioB } = PARKING_COLOURS[theme];
      const [fills, parcels, flows] = parkingLayers(result, communities, idleLand, null, theme);
      const [communityKey, parcelKey, flowKey] = parkingKey({ mode: 'cross', theme });
      const fillOf = (feature: Feature) => accessor(fills, 'getFillColor')(feature);
      const [c1, c2] = (fills.props.data as FeatureCollection).features;
      expect(communityKey.coversCommunities).toBe(true);
      expect(swatches(communityKey)).toEqual([{ kind: 'ramp', stops: [shareMetColour(0, theme), shareMetColour(0.5, theme), shareMetColour(1, theme)] }, { kind: 'fill', colour: noDeficit }]);
      expect(fillOf(c1)).toEqual(shareMetColour(1, theme));
      expect(fillOf(c2)).toEqual([...noDeficit]);
      const [p1, p2] = (parcels.props.data as FeatureCollection).features;
      const parcelFill = accessor(parcels, 'getFillColor');
      expect(swatches(parcelKey).map((swatch) => (swatch.kind === 'ramp' ? swatch.stops.at(-1) : colourOf(swatch)))).toEqual([parcelFill(p1), parcelFill(p2)]);
      const lineColour = accessor(flows, 'getColor');
      const lines = flows.props.data as unknown[];
      expect(swatches(flowKey).map(colourOf)).toEqual([lineColour(lines[0]), lineColour(lines[1])]);
      expect(lineColour(lines[0])).not.toEqual(lineColour(lines[1]));
      // Pooled within districts there is no cross-district flow to name; scenario B's when drawn.
      expect(swatches(parkingKey({ mode: 'district', scenarioB: true, theme })[2]).map(colourOf)).toEqual([lineColour(lines[0]), [...scenarioB]]);
    }
  });

  it('services: covered, newly covered and not covered as the communities are filled; the catchment as drawn; in each theme', () => {
    const communities = collection(square('C1', 120), square('C2', 120.01), square('C3', 120.02));
    const idleLand = collection(square('P1', 120.005));
    const result = {
      communities: [{ id: 'C1', covered: true, coveredAfter: true }, { id: 'C2', covered: false, coveredAfter: true }, { id: 'C3', covered: false, coveredAfter: false }],
      sites: [{ id: 'P1', communityIds: ['C2'] }],
    } as unknown as ServicesOutput;
    const circles = { distance: 'euclidean', circles: [{ centre: [120, 30], radiusM: 300 }] } as unknown as CatchmentOutput;
    for (const theme of ['light', 'dark'] as const) {
      const layers = servicesLayers(result, circles, communities, idleLand, theme);
      const byId = (id: string) => layers.find((layer) => layer.id === id)!;
      const fills = byId('services-communities');
      const fill = accessor(fills, 'getFillColor');
      const [key, others] = servicesKey('euclidean', true, undefined, theme);
      expect(key.coversCommunities).toBe(true);
      expect(swatches(key).map(colourOf)).toEqual((fills.props.data as FeatureCollection).features.map((feature) => fill(feature)));
      const props = (id: string) => byId(id).props as unknown as Record<string, unknown>;
      expect(swatches(others).map(colourOf)).toEqual([props('services-catchments').getLineColor, props('services-sites').getFillColor, props('services-links').getColor]);
      expect(colourOf(swatches(servicesKey('network', false, undefined, theme)[1])[0])).toEqual(SERVICES_COLOURS[theme].catchmentPath);
    }
    expect(servicesKey('euclidean', false)[1].entries.map((entry) => entry.label.zh)).toEqual(['服务半径（直线）']);
    expect(servicesKey('network', true)[1].entries.map((entry) => entry.label.zh)).toEqual(['步行可达道路', '建议选址', '新址服务的小区']);
    expect(servicesKey(undefined, false)).toHaveLength(1);
    expect(servicesKey(undefined, false, { type: { zh: '养老', en: 'elderly care' }, radiusM: 300 })[0].title).toEqual({ zh: '小区 · 养老 300 m 覆盖', en: 'Communities · elderly care within 300 m' });
  });

  it('elevators: the overview below zoom 16 with its patterns, the units from 16 with their marks, the shadows when drawn', () => {
    const units: ElevatorUnit[] = (['feasible', 'conditional', 'infeasible'] as const).map((status, i) => ({ buildingId: `B${i}`, communityId: 'C', unit: 1, status, reasons: [], sunlight: [], details: [] }));
    const footprints = new Float64Array(24).map((_, i) => (i % 2 ? 30 : 120) + i * 1e-6);
    const result = { units, footprints, communities: [] } as unknown as ElevatorOutput;
    const [overview, unitSection, sunlight] = elevatorKey(result);
    expect(overview).toMatchObject({ id: 'elevator-communities', maxZoom: OVERVIEW_MAX_ZOOM, coversCommunities: true });
    expect(swatches(overview)).toEqual([
      { kind: 'fill', colour: OVERVIEW_FILLS.feasible },
      { kind: 'fill', colour: OVERVIEW_FILLS.conditional, pattern: OVERVIEW_PATTERNS.conditional.type },
      { kind: 'fill', colour: OVERVIEW_FILLS.infeasible, pattern: 'hatch' },
      { kind: 'fill', colour: OVERVIEW_FILLS.none },
    ]);
    expect(OVERVIEW_PATTERNS.infeasible.type).toBe('hatch');
    expect(unitSection.minZoom).toBe(OVERVIEW_MAX_ZOOM);
    const { fillColours } = unitGraphics(result).chunks[0];
    expect(swatches(unitSection)).toEqual(units.map((unit, i) => ({ kind: 'fill', colour: [...fillColours.subarray(i * 4, i * 4 + 4)], mark: VERDICT_MARKS[unit.status] })));
    // In each theme (深色: view-colours.ts), the key in the colours the layers draw: the units', the overview's (its patterns kept), the shadows'.
    const communities = collection(square('C1', 120), square('C2', 120.01), square('C3', 120.02), square('C4', 120.03));
    const byCommunity = { ...result, communities: [{ id: 'C1', feasible: 1, conditional: 0, infeasible: 0 }, { id: 'C2', feasible: 0, conditional: 1, infeasible: 0 }, { id: 'C3', feasible: 0, conditional: 0, infeasible: 1 }] } as unknown as ElevatorOutput;
    for (const theme of ['light', 'dark'] as const) {
      const [themedOverview, themedUnits, themedSunlight, themedShadows] = elevatorKey(byCommunity, { shadows: true, theme });
      const layers = elevatorLayers(byCommunity, undefined, null, communities, theme);
      const chunk = unitGraphics(byCommunity).chunks[0];
      const unitFill = accessor(layers.find((layer) => layer.id === 'elevator-units:0')!, 'getFillColor');
      expect([...chunk.units]).toEqual([0, 1, 2]); // one chunk, rows in the units' order: feasible, conditional, infeasible
      expect(swatches(themedUnits).map(colourOf)).toEqual([0, 1, 2].map((row) => [...unitFill(null, { index: row, target: [0, 0, 0, 0] })]));
      const overviewLayer = layers.find((layer) => layer.id === 'elevator-communities')!;
      const background = accessor(overviewLayer, 'getFillPatternBackgroundColor');
      const solid = accessor(overviewLayer, 'getFillColor');
      const drawn = (overviewLayer.props.data as FeatureCollection).features.map((feature) => (background(feature)[3] ? background(feature) : solid(feature)));
      expect(swatches(themedOverview).map(colourOf)).toEqual(drawn);
      expect(swatches(themedOverview).map((swatch) => (swatch.kind === 'fill' ? swatch.pattern : null))).toEqual([undefined, 'dots', 'hatch', undefined]);
      expect(swatches(themedSunlight).map(colourOf)).toEqual([ELEVATOR_COLOURS[theme].sunNeighbourLine, ELEVATOR_COLOURS[theme].selectedLine]);
      const themedShadow = accessor(shadowLayer(collection(), theme), 'getFillColor');
      expect(swatches(themedShadows).map(colourOf)).toEqual([themedShadow({ properties: { kind: 'building' } }), themedShadow({ properties: { kind: 'shaft' } })]);
    }
    expect(sunlight.entries).toHaveLength(2);
    expect(elevatorKey(result).map((section) => section.id)).not.toContain('elevator-shadows');
    // Above DETAILED_UNITS_LIMIT: the overview to 14, the units from 14, by colour only.
    const large = { ...result, units: Array.from({ length: 20_001 }, (_, i) => units[i % 3]) } as ElevatorOutput;
    const [largeOverview, largeUnits] = elevatorKey(large);
    expect([largeOverview.maxZoom, largeUnits.minZoom]).toEqual([14, 14]);
    expect(swatches(largeUnits).map((swatch) => 'mark' in swatch)).toEqual([false, false, false]);
    const shadows = elevatorKey(result, { shadows: true }).at(-1)!;
    const shadowFill = accessor(shadowLayer(collection()), 'getFillColor');
    expect(swatches(shadows).map(colourOf)).toEqual([shadowFill({ properties: { kind: 'building' } }), shadowFill({ properties: { kind: 'shaft' } })]);
  });

  it('priority: the heat ramp and no data; the votes as the buildings are filled', () => {
    const key = heatKey('priority-score', { zh: '得分', en: 'score' });
    expect(swatches(key)).toEqual([{ kind: 'ramp', stops: [heatColour(0), heatColour(0.5), heatColour(1)] }, { kind: 'fill', colour: heatColour(null) }]);
    // In each theme, the key's ramp and no-data grey are what the layer fills the lowest, middle, highest and unknown with.
    const communities = collection(square('C1', 120), square('C2', 120.01), square('C3', 120.02), square('C4', 120.03));
    const values = new Map<string, number | null>([['C1', 1], ['C2', 2], ['C3', 3], ['C4', null]]);
    for (const theme of ['light', 'dark'] as const) {
      const [heat] = communityHeatLayer('priority-score', values, communities, null, theme);
      const fill = accessor(heat, 'getFillColor');
      const filled = (heat.props.data as FeatureCollection).features.map((feature) => fill(feature));
      const [rampSwatch, noData] = swatches(heatKey('priority-score', { zh: '得分', en: 'score' }, theme));
      expect([...(rampSwatch.kind === 'ramp' ? rampSwatch.stops : []), colourOf(noData)]).toEqual(filled);
    }
    const votes = (['reached', 'short', 'none'] as const).map((status, i) => ({ buildingId: `B${i}`, status, missingHouseholds: 0 })) as unknown as BuildingVote[];
    const layer = voteLayer(votes, collection(square('B0', 120), square('B1', 120.01), square('B2', 120.02)));
    const fill = accessor(layer, 'getFillColor');
    expect(swatches(voteKey()).map(colourOf)).toEqual((layer.props.data as FeatureCollection).features.map((feature) => fill(feature)));
  });

  it('pooling: the choropleth from its lowest to its highest value, and the arcs from exporter to importer', () => {
    const [choropleth, arcs] = poolingKey({ title: { zh: '户数', en: 'households' }, min: 100, max: 2500 }, true);
    expect(swatches(choropleth)).toEqual([{ kind: 'ramp', stops: [choroplethColour(100, 100, 2500), choroplethColour(2500, 100, 2500)] }, { kind: 'fill', colour: choroplethColour(null, 0, 1) }]);
    expect(choropleth.entries[0].label.zh).toBe('100 → 2,500');
    const layer = poolingArcs([], undefined);
    expect(swatches(arcs)).toEqual([{ kind: 'line', colour: layer.props.getSourceColor, to: layer.props.getTargetColor }]);
    expect(poolingKey(null, false)).toEqual([]);
    // In each theme, the key's ramp ends and no-data grey are what the districts are filled with; the arcs as drawn.
    const districts = collection(square('D1', 120), square('D2', 120.01), square('D3', 120.02));
    const rows = [{ districtId: 'D1', value: 100 }, { districtId: 'D2', value: 2500 }, { districtId: 'D3', value: null }] as unknown as DistrictAggregate[];
    for (const theme of ['light', 'dark'] as const) {
      const [fills] = districtChoropleth(rows, districts, theme);
      const fill = accessor(fills, 'getFillColor');
      const [themed, themedArcs] = poolingKey({ title: { zh: '户数', en: 'households' }, min: 100, max: 2500 }, true, theme);
      const [rampSwatch, noData] = swatches(themed);
      expect([...(rampSwatch.kind === 'ramp' ? rampSwatch.stops : []), colourOf(noData)]).toEqual((fills.props.data as FeatureCollection).features.map((feature) => fill(feature)));
      const arcLayer = poolingArcs([], districts, theme);
      expect(swatches(themedArcs)).toEqual([{ kind: 'line', colour: arcLayer.props.getSourceColor, to: arcLayer.props.getTargetColor }]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { ParkingOutput } from '../../analysis/parking';
import { keptData } from './kept-data';
import { NO_DEFICIT, parkingLayers, shareMetColour } from './parking';
import { communityHeatLayer, voteLayer } from './residents';
import { servicesLayers } from './services';
import { districtChoropleth, poolingArcs } from './pooling';
import type { ServicesOutput } from '../../analysis/services';
import type { PoolingFlow } from '../../analysis/pooling';
import type { DistrictAggregate } from '../../analysis/status/aggregate';
import type { BuildingVote } from '../../analysis/residents';

const square = (id: string, x: number) => ({
  type: 'Feature' as const,
  properties: { id },
  geometry: { type: 'Polygon' as const, coordinates: [[[x, 30], [x + 0.001, 30], [x + 0.001, 30.001], [x, 30.001], [x, 30]]] },
});
const communities: FeatureCollection = { type: 'FeatureCollection', features: [square('C1', 120), square('C2', 120.01)] };
const idleLand: FeatureCollection = { type: 'FeatureCollection', features: [square('P1', 120.005)] };

describe('layer data kept while its inputs are the same', () => {
  it('builds once per owner, name and inputs', () => {
    const owner = {};
    let builds = 0;
    const build = () => ({ built: ++builds });
    const first = keptData(owner, 'a', [communities], build);
    expect(keptData(owner, 'a', [communities], build)).toBe(first);
    expect(keptData(owner, 'a', [idleLand], build)).not.toBe(first);
    expect(keptData(owner, 'b', [idleLand], build)).not.toBe(first);
    expect(builds).toBe(3);
  });

  it('parking: a new selection restyles the same data', () => {
    const result = {
      communities: [{ id: 'C1', deficit: 10, allocated: 4 }, { id: 'C2', deficit: 0, allocated: 0 }],
      parcels: [{ id: 'P1', capacity: 8, allocated: 4, retained: true }],
      flows: [{ communityId: 'C1', parcelId: 'P1', spaces: 4, distanceM: 120, communityDistrictId: 'D1', parcelDistrictId: 'D1' }],
    } as unknown as ParkingOutput;
    const before = parkingLayers(result, communities, idleLand, null);
    const after = parkingLayers(result, communities, idleLand, 'C1');
    expect(after.map((layer) => layer.props.data)).toEqual(before.map((layer) => layer.props.data));
    after.forEach((layer, i) => expect(layer.props.data).toBe(before[i].props.data));
    // Every community, C2 (no deficit) with no share met: drawn in the neutral grey, not its status colour.
    const drawn = (before[0].props.data as FeatureCollection).features;
    expect(drawn.map((feature) => [feature.properties?.id, feature.properties?.shareMet])).toEqual([['C1', 0.4], ['C2', null]]);
    const fill = (before[0].props as unknown as { getFillColor: (feature: unknown) => number[] }).getFillColor;
    expect(fill(drawn[1])).toEqual([...NO_DEFICIT]);
    expect(fill(drawn[0])).toEqual(shareMetColour(0.4));
    // 深色 (or an export holding the map light) restyles the same data: new colours by updateTriggers, no new data.
    const dark = parkingLayers(result, communities, idleLand, 'C1', 'dark');
    dark.forEach((layer, i) => expect(layer.props.data).toBe(before[i].props.data));
    expect(dark.map((layer) => layer.props.updateTriggers)).toEqual([{ getFillColor: 'dark', getLineColor: ['C1', 'dark'], getLineWidth: 'C1' }, { getFillColor: 'dark' }, { getColor: 'dark' }]);
    const darkFill = (dark[0].props as unknown as { getFillColor: (feature: unknown) => number[] }).getFillColor;
    expect(darkFill(drawn[0])).toEqual(shareMetColour(0.4, 'dark'));
    expect(darkFill(drawn[0])).not.toEqual(fill(drawn[0]));
  });

  it('heat layer: the same values Map keeps its data; new values make new data', () => {
    const values = new Map<string, number | null>([['C1', 1], ['C2', 3]]);
    const first = communityHeatLayer('heat', values, communities, null)[0];
    expect(communityHeatLayer('heat', values, communities, 'C2')[0].props.data).toBe(first.props.data);
    const heats = (first.props.data as FeatureCollection).features.map((feature) => feature.properties?.heat);
    expect(heats).toEqual([0, 1]);
    expect(communityHeatLayer('heat', new Map(values), communities, null)[0].props.data).not.toBe(first.props.data);
  });

  it('services, priority and pooling: a theme change restyles the same data', () => {
    const services = { communities: [{ id: 'C1', covered: true, coveredAfter: true }, { id: 'C2', covered: false, coveredAfter: true }], sites: [{ id: 'P1', communityIds: ['C2'] }] } as unknown as ServicesOutput;
    const flows = [{ fromDistrictId: 'C1', toDistrictId: 'C2', spaces: 3 }] as unknown as PoolingFlow[];
    const rows = [{ districtId: 'C1', value: 1 }, { districtId: 'C2', value: 2 }] as unknown as DistrictAggregate[];
    const values = new Map<string, number | null>([['C1', 1], ['C2', 3]]);
    const votes = [{ buildingId: 'C1', status: 'reached' }] as unknown as BuildingVote[];
    const views = (theme: 'light' | 'dark') => [
      ...servicesLayers(services, undefined, communities, idleLand, theme),
      ...communityHeatLayer('heat', values, communities, 'C1', theme),
      voteLayer(votes, communities),
      ...districtChoropleth(rows, communities, theme),
      poolingArcs(flows, communities, theme),
    ];
    const light = views('light');
    const dark = views('dark');
    expect(dark.map((layer) => layer.id)).toEqual(light.map((layer) => layer.id));
    dark.forEach((layer, i) => expect(layer.props.data, layer.id).toBe(light[i].props.data));
    // The accessors that are functions are told of the theme; the constant colours deck.gl compares itself.
    const triggers = Object.fromEntries(dark.map((layer) => [layer.id, layer.props.updateTriggers]));
    expect(triggers['services-communities']).toEqual({ getFillColor: 'dark' });
    expect(triggers.heat).toEqual({ getFillColor: 'dark', getLineColor: ['C1', 'dark'], getLineWidth: 'C1' });
    expect(triggers['district-choropleth']).toEqual({ getFillColor: 'dark' });
  });
});

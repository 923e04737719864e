/**
 * The connecting lines are drawn over the buildings (over-buildings.ts): each such layer says
 * so in its parameters, and the fills under them do not.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import type { ParkingOutput } from '../../analysis/parking';
import type { ServicesOutput } from '../../analysis/services';
import { addPoint, chooseTool, INITIAL_TOOL_STATE } from '../../ui/tools/tool-state';
import { toolLayers } from '../../ui/tools/tool-layers';
import { OVER_BUILDINGS } from './over-buildings';
import { parkingFlowsLayers, parkingLayers } from './parking';
import { poolingArcs } from './pooling';
import { servicesLayers } from './services';

const square = (id: string, x: number): Feature => ({ type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 0.001, 30], [x + 0.001, 30.001], [x, 30.001], [x, 30]]] } });
const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const parameters = (layer: { props: unknown }) => (layer.props as { parameters?: unknown }).parameters;

describe('lines over the buildings', () => {
  it("parking flows (and scenario B's), service links, pooling arcs and the measuring tools; not the fills", () => {
    const communities = collection(square('C1', 120));
    const idleLand = collection(square('P1', 120.005));
    const parking = {
      communities: [{ id: 'C1', deficit: 10, allocated: 6 }],
      parcels: [{ id: 'P1', capacity: 10, allocated: 6, retained: true }],
      flows: [{ communityId: 'C1', parcelId: 'P1', spaces: 6, distanceM: 100, communityDistrictId: 'D1', parcelDistrictId: 'D1' }],
    } as unknown as ParkingOutput;
    const [fills, , flows] = parkingLayers(parking, communities, idleLand, null);
    expect(parameters(flows)).toBe(OVER_BUILDINGS);
    expect(parameters(fills)).not.toBe(OVER_BUILDINGS);
    expect(parkingFlowsLayers('b', parking, communities, idleLand, [0, 0, 0, 255]).map(parameters)).toEqual([OVER_BUILDINGS]);

    const services = { communities: [{ id: 'C1', covered: false, coveredAfter: true }], sites: [{ id: 'P1', communityIds: ['C1'], newlyCoveredDemand: 10 }] } as unknown as ServicesOutput;
    const layers = servicesLayers(services, undefined, communities, idleLand);
    expect(parameters(layers.find((layer) => layer.id === 'services-links')!)).toBe(OVER_BUILDINGS);

    expect(parameters(poolingArcs([], undefined))).toBe(OVER_BUILDINGS);

    let state = chooseTool(INITIAL_TOOL_STATE, 'area');
    for (const point of [[120, 30], [120.001, 30], [120.001, 30.001]] as [number, number][]) state = addPoint(state, point);
    const tools = toolLayers(state, 'zh');
    expect(tools.length).toBeGreaterThan(2);
    for (const layer of tools) expect(parameters(layer), layer.id).toBe(OVER_BUILDINGS);
  });
});

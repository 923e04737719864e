/**
 * Parking result on the map (issue 3): communities shaded by share of deficit met (those
 * without a deficit in a neutral grey, so no renovation-status colour is left to read as a
 * parking state), parcels by capacity and use, and flow lines parcel → community with width
 * by spaces. parkingKey is the legend of exactly these colours (map-key.ts).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ParkingOutput } from '../../analysis/parking';
import { anchorOf, featuresById } from './geometry-lookup';
import { keptData } from './kept-data';
import { lineLayers } from './line-chunks';
import { polygonLayers } from './outline-chunks';
import type { KeySection } from '../map-key';
import { OVER_BUILDINGS } from './over-buildings';

type RGBA = [number, number, number, number];

/** Communities without a deficit: neutral, under the buildings like the others. */
export const NO_DEFICIT: RGBA = [236, 239, 241, 200];
const UNUSED_PARCEL: RGBA = [150, 150, 150, 90];
/** A parcel's blue, more opaque the more of its capacity is allocated. */
const parcelColour = (usedShare: number): RGBA => [21, 101, 192, Math.round(70 + usedShare * 170)];
const FLOW_WITHIN: RGBA = [13, 71, 161, 235];
const FLOW_CROSS: RGBA = [230, 81, 0, 235];
/** Scenario B's flows, drawn beside A's (ParkingPanel). */
export const SCENARIO_B_FLOW: RGBA = [123, 31, 162, 200];

/** Red (nothing met) → amber → green (all met). */
export function shareMetColour(share: number): RGBA {
  const s = Math.max(0, Math.min(1, share));
  if (s < 0.5) return [198, 40 + Math.round(s * 2 * 150), 40, 170];
  return [Math.round(198 - (s - 0.5) * 2 * 152), 190 - Math.round((s - 0.5) * 2 * 65), 40 + Math.round((s - 0.5) * 2 * 10), 170];
}

export interface ParkingFlowLine {
  from: [number, number];
  to: [number, number];
  spaces: number;
  crossDistrict: boolean;
  communityId: string;
  parcelId: string;
  distanceM: number;
}

/** The flows as lines between label points, kept per result and layers (kept-data.ts). */
export function parkingFlowLines(result: ParkingOutput, communities: FeatureCollection | undefined, idleLand: FeatureCollection | undefined): ParkingFlowLine[] {
  return keptData(result, 'flow-lines', [communities, idleLand], () => flowLines(result, communities, idleLand));
}

function flowLines(result: ParkingOutput, communities: FeatureCollection | undefined, idleLand: FeatureCollection | undefined): ParkingFlowLine[] {
  const communityById = featuresById(communities);
  const parcelById = featuresById(idleLand);
  return result.flows.flatMap((flow) => {
    const community = communityById.get(String(flow.communityId));
    const parcel = parcelById.get(String(flow.parcelId));
    if (!community || !parcel) return [];
    return [{
      from: anchorOf(parcel), to: anchorOf(community), spaces: flow.spaces, distanceM: flow.distanceM,
      crossDistrict: String(flow.communityDistrictId) !== String(flow.parcelDistrictId),
      communityId: String(flow.communityId), parcelId: String(flow.parcelId),
    }];
  });
}

/** Every community of the result with its share met (null without a deficit): kept per result and layer, so a selection only restyles. */
function communitiesByShareMet(result: ParkingOutput, communities: FeatureCollection | undefined): FeatureCollection {
  return keptData(result, 'parking-communities', [communities], () => {
    const communityById = featuresById(communities);
    const features = result.communities.flatMap((row) => {
      const feature = communityById.get(String(row.id));
      const shareMet = row.deficit > 0 ? row.allocated / row.deficit : null;
      return feature ? [{ ...feature, properties: { ...feature.properties, deficit: row.deficit, allocated: row.allocated, shareMet } } as Feature] : [];
    });
    return { type: 'FeatureCollection', features };
  });
}

const communityFill = (feature: Feature): RGBA => {
  const share = feature.properties?.shareMet as number | null | undefined;
  return share === null || share === undefined ? NO_DEFICIT : shareMetColour(share);
};

function parcelsWithUse(result: ParkingOutput, idleLand: FeatureCollection | undefined): FeatureCollection {
  return keptData(result, 'parcels', [idleLand], () => {
    const parcelById = featuresById(idleLand);
    const features = result.parcels.flatMap((row) => {
      const feature = parcelById.get(String(row.id));
      return feature ? [{ ...feature, properties: { ...feature.properties, capacity: row.capacity, allocated: row.allocated, retained: row.retained } } as Feature] : [];
    });
    return { type: 'FeatureCollection', features };
  });
}

export function parkingLayers(result: ParkingOutput, communities: FeatureCollection | undefined, idleLand: FeatureCollection | undefined, selectedId: string | null) {
  const flows = parkingFlowLines(result, communities, idleLand);
  const maxSpaces = Math.max(1, ...flows.map((flow) => flow.spaces));
  return [
    ...polygonLayers({
      id: 'parking-communities',
      beforeId: 'buildings-extrusion',
      data: communitiesByShareMet(result, communities),
      filled: true,
      stroked: true,
      getFillColor: communityFill,
      getLineColor: (feature: Feature) => (String(feature.properties?.id) === selectedId ? [255, 111, 0, 255] : [80, 30, 30, 200]),
      getLineWidth: (feature: Feature) => (String(feature.properties?.id) === selectedId ? 4 : 1.5),
      lineWidthUnits: 'pixels',
      pickable: true,
      updateTriggers: { getLineColor: selectedId, getLineWidth: selectedId },
      selected: { id: selectedId, lineColor: [255, 111, 0, 255], lineWidth: 4 },
    }),
    ...polygonLayers({
      id: 'parking-parcels',
      data: parcelsWithUse(result, idleLand),
      filled: true,
      stroked: true,
      getFillColor: (feature: Feature) => {
        const p = feature.properties ?? {};
        if (!p.retained) return UNUSED_PARCEL;
        return parcelColour(Number(p.capacity) > 0 ? Number(p.allocated) / Number(p.capacity) : 0);
      },
      getLineColor: [13, 71, 161, 255],
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      pickable: true,
    }),
    ...lineLayers<ParkingFlowLine>({
      id: 'parking-flows',
      data: flows,
      getSourcePosition: flowFrom,
      getTargetPosition: flowTo,
      getColor: (flow) => (flow.crossDistrict ? FLOW_CROSS : FLOW_WITHIN),
      getWidth: (flow) => 1.5 + 5 * Math.sqrt(flow.spaces / maxSpaces),
      widthUnits: 'pixels',
      pickable: true,
      parameters: OVER_BUILDINGS,
    }),
  ];
}

const flowFrom = (flow: ParkingFlowLine) => flow.from;
const flowTo = (flow: ParkingFlowLine) => flow.to;

/** Flow lines alone (one layer, or its chunks at province scale), e.g. for scenario B drawn beside scenario A in another colour. */
export function parkingFlowsLayers(id: string, result: ParkingOutput, communities: FeatureCollection | undefined, idleLand: FeatureCollection | undefined, colour: RGBA) {
  const flows = parkingFlowLines(result, communities, idleLand);
  const maxSpaces = Math.max(1, ...flows.map((flow) => flow.spaces));
  return lineLayers<ParkingFlowLine>({
    id, data: flows, getSourcePosition: flowFrom, getTargetPosition: flowTo,
    getColor: colour, getWidth: (flow) => 1 + 4 * Math.sqrt(flow.spaces / maxSpaces), widthUnits: 'pixels',
    parameters: OVER_BUILDINGS,
  });
}

/**
 * The legend of parkingLayers: the share-met ramp, no deficit, parcels used and not, the flows
 * (cross-district ones only in the cross mode, the only one that has them), scenario B's.
 */
export function parkingKey(options: { mode?: string; scenarioB?: boolean } = {}): KeySection[] {
  const flows: KeySection['entries'] = [{ swatch: { kind: 'line', colour: FLOW_WITHIN }, label: { zh: '调配车位（线宽按车位数）', en: 'spaces allocated (width by spaces)' } }];
  if (options.mode === 'cross') flows.push({ swatch: { kind: 'line', colour: FLOW_CROSS }, label: { zh: '跨片区调配', en: 'across districts' } });
  if (options.scenarioB) flows.push({ swatch: { kind: 'line', colour: SCENARIO_B_FLOW }, label: { zh: '方案 B 调配', en: 'scenario B' } });
  return [
    {
      id: 'parking-communities', title: { zh: '小区 · 停车缺口满足', en: 'Communities · parking deficit met' }, coversCommunities: true,
      entries: [
        { swatch: { kind: 'ramp', stops: [shareMetColour(0), shareMetColour(0.5), shareMetColour(1)] }, label: { zh: '0% → 100% 满足', en: '0% → 100% met' } },
        { swatch: { kind: 'fill', colour: NO_DEFICIT }, label: { zh: '无缺口', en: 'no deficit' } },
      ],
    },
    {
      id: 'parking-parcels', title: { zh: '闲置资源 · 停车用地', en: 'Idle land · parking sites' },
      entries: [
        { swatch: { kind: 'ramp', stops: [parcelColour(0), parcelColour(1)] }, label: { zh: '选用（越深用得越满）', en: 'used (darker: fuller)' } },
        { swatch: { kind: 'fill', colour: UNUSED_PARCEL }, label: { zh: '未选用', en: 'not used' } },
      ],
    },
    { id: 'parking-flows', title: { zh: '调配', en: 'Allocation' }, entries: flows },
  ];
}

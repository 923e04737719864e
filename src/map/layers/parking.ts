/**
 * Parking result on the map (issue 3): communities shaded by share of deficit met (those
 * without a deficit in a neutral grey, so no renovation-status colour is left to read as a
 * parking state), parcels by capacity and use, and flow lines parcel → community with width
 * by spaces. parkingKey is the legend of exactly these colours (map-key.ts), in the theme the
 * map is drawn in (parking-colours.ts): a theme change restyles, the data stay (kept-data.ts).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ParkingOutput } from '../../analysis/parking';
import { anchorOf, featuresById } from './geometry-lookup';
import { keptData } from './kept-data';
import { lineLayers } from './line-chunks';
import { polygonLayers } from './outline-chunks';
import type { KeySection } from '../map-key';
import { OVER_BUILDINGS } from './over-buildings';
import type { MapTheme } from '../palette';
import { PARKING_COLOURS, parcelColour, type RGBA, shareMetColour } from './parking-colours';

/** Communities without a deficit (light; PARKING_COLOURS has each theme's). */
export const NO_DEFICIT: RGBA = PARKING_COLOURS.light.noDeficit;
/** Scenario B's flows, drawn beside A's (ParkingPanel; light, PARKING_COLOURS has each theme's). */
export const SCENARIO_B_FLOW: RGBA = PARKING_COLOURS.light.scenarioB;
export { shareMetColour };

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

const communityFillIn = (theme: MapTheme) => (feature: Feature): RGBA => {
  const share = feature.properties?.shareMet as number | null | undefined;
  return share === null || share === undefined ? PARKING_COLOURS[theme].noDeficit : shareMetColour(share, theme);
};
const communityFill: Record<MapTheme, (feature: Feature) => RGBA> = { light: communityFillIn('light'), dark: communityFillIn('dark') };

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

export function parkingLayers(result: ParkingOutput, communities: FeatureCollection | undefined, idleLand: FeatureCollection | undefined, selectedId: string | null, theme: MapTheme = 'light') {
  const flows = parkingFlowLines(result, communities, idleLand);
  const maxSpaces = Math.max(1, ...flows.map((flow) => flow.spaces));
  const colours = PARKING_COLOURS[theme];
  return [
    ...polygonLayers({
      id: 'parking-communities',
      beforeId: 'buildings-extrusion',
      data: communitiesByShareMet(result, communities),
      filled: true,
      stroked: true,
      getFillColor: communityFill[theme],
      getLineColor: (feature: Feature) => (String(feature.properties?.id) === selectedId ? [255, 111, 0, 255] : colours.communityLine),
      getLineWidth: (feature: Feature) => (String(feature.properties?.id) === selectedId ? 4 : 1.5),
      lineWidthUnits: 'pixels',
      pickable: true,
      updateTriggers: { getFillColor: theme, getLineColor: [selectedId, theme], getLineWidth: selectedId },
      selected: { id: selectedId, lineColor: [255, 111, 0, 255], lineWidth: 4 },
    }),
    ...polygonLayers({
      id: 'parking-parcels',
      data: parcelsWithUse(result, idleLand),
      filled: true,
      stroked: true,
      getFillColor: (feature: Feature) => {
        const p = feature.properties ?? {};
        if (!p.retained) return colours.unusedParcel;
        return parcelColour(Number(p.capacity) > 0 ? Number(p.allocated) / Number(p.capacity) : 0, theme);
      },
      getLineColor: colours.parcelLine,
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      pickable: true,
      updateTriggers: { getFillColor: theme },
    }),
    ...lineLayers<ParkingFlowLine>({
      id: 'parking-flows',
      data: flows,
      getSourcePosition: flowFrom,
      getTargetPosition: flowTo,
      getColor: (flow) => (flow.crossDistrict ? colours.flowCross : colours.flowWithin),
      getWidth: (flow) => 1.5 + 5 * Math.sqrt(flow.spaces / maxSpaces),
      widthUnits: 'pixels',
      pickable: true,
      parameters: OVER_BUILDINGS,
      updateTriggers: { getColor: theme },
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
export function parkingKey(options: { mode?: string; scenarioB?: boolean; theme?: MapTheme } = {}): KeySection[] {
  const theme = options.theme ?? 'light';
  const colours = PARKING_COLOURS[theme];
  const flows: KeySection['entries'] = [{ swatch: { kind: 'line', colour: colours.flowWithin }, label: { zh: '调配车位（线宽按车位数）', en: 'spaces allocated (width by spaces)' } }];
  if (options.mode === 'cross') flows.push({ swatch: { kind: 'line', colour: colours.flowCross }, label: { zh: '跨片区调配', en: 'across districts' } });
  if (options.scenarioB) flows.push({ swatch: { kind: 'line', colour: colours.scenarioB }, label: { zh: '方案 B 调配', en: 'scenario B' } });
  // On the dark ground a fuller parcel's blue, more opaque, reads brighter, not darker.
  const used = theme === 'dark' ? { zh: '选用（越亮用得越满）', en: 'used (brighter: fuller)' } : { zh: '选用（越深用得越满）', en: 'used (darker: fuller)' };
  return [
    {
      id: 'parking-communities', title: { zh: '小区 · 停车缺口满足', en: 'Communities · parking deficit met' }, coversCommunities: true,
      entries: [
        { swatch: { kind: 'ramp', stops: [shareMetColour(0, theme), shareMetColour(0.5, theme), shareMetColour(1, theme)] }, label: { zh: '0% → 100% 满足', en: '0% → 100% met' } },
        { swatch: { kind: 'fill', colour: colours.noDeficit }, label: { zh: '无缺口', en: 'no deficit' } },
      ],
    },
    {
      id: 'parking-parcels', title: { zh: '闲置资源 · 停车用地', en: 'Idle land · parking sites' },
      entries: [
        { swatch: { kind: 'ramp', stops: [parcelColour(0, theme), parcelColour(1, theme)] }, label: used },
        { swatch: { kind: 'fill', colour: colours.unusedParcel }, label: { zh: '未选用', en: 'not used' } },
      ],
    },
    { id: 'parking-flows', title: { zh: '调配', en: 'Allocation' }, entries: flows },
  ];
}

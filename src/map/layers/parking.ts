/**
 * Parking result on the map (issue 3): communities shaded by share of deficit met, parcels
 * by capacity and use, and flow lines parcel → community with width by spaces.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ParkingOutput } from '../../analysis/parking';
import { anchorOf, featuresById } from './geometry-lookup';
import { keptData } from './kept-data';
import { lineLayers } from './line-chunks';
import { polygonLayers } from './outline-chunks';

type RGBA = [number, number, number, number];

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

/** Communities short of spaces, with their share met: kept per result and layer, so a selection only restyles. */
function shortCommunities(result: ParkingOutput, communities: FeatureCollection | undefined): FeatureCollection {
  return keptData(result, 'short-communities', [communities], () => {
    const communityById = featuresById(communities);
    const features = result.communities
      .filter((row) => row.deficit > 0)
      .flatMap((row) => {
        const feature = communityById.get(String(row.id));
        return feature ? [{ ...feature, properties: { ...feature.properties, deficit: row.deficit, allocated: row.allocated, shareMet: row.allocated / row.deficit } } as Feature] : [];
      });
    return { type: 'FeatureCollection', features };
  });
}

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
      data: shortCommunities(result, communities),
      filled: true,
      stroked: true,
      getFillColor: (feature: Feature) => shareMetColour(Number(feature.properties?.shareMet ?? 0)),
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
        if (!p.retained) return [150, 150, 150, 90];
        const used = Number(p.capacity) > 0 ? Number(p.allocated) / Number(p.capacity) : 0;
        return [21, 101, 192, Math.round(70 + used * 170)];
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
      getColor: (flow) => (flow.crossDistrict ? [230, 81, 0, 235] : [13, 71, 161, 235]),
      getWidth: (flow) => 1.5 + 5 * Math.sqrt(flow.spaces / maxSpaces),
      widthUnits: 'pixels',
      pickable: true,
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
  });
}

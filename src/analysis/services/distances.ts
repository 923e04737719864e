/**
 * Distance from each community to its nearest facility of a type, straight-line (§3 minimum
 * distance, 0 when touching) or along the walking network (§3.6). Memoised per prepared
 * layer set, type and distance kind: the census matrix and the siting reuse it.
 */
import type { ServiceType } from '../../model/codes';
import type { FacilityProperties } from '../../model/layers';
import type { FeatureId } from '../../model/types';
import type { BBox, Shape } from '../geometry/planar';
import { type BoxIndex, buildBoxIndex } from '../geometry/spatial-index';
import { attachmentsOf, DistanceField, networkOf, placePointDistance } from '../network';
import type { PreparedFeature, PreparedLayers } from '../prepare';
import type { DistanceKind } from './params';

export interface NearestFacility {
  /** null: no facility of the type, or none connected by the network. */
  distanceM: number | null;
  facilityId: FeatureId | null;
}

export interface FacilitiesOfType {
  /** Positions in prepared.layer('facilities').features. */
  positions: number[];
  features: PreparedFeature<FacilityProperties>[];
  index: BoxIndex;
}

export function facilitiesOfType(prepared: PreparedLayers, type: ServiceType): FacilitiesOfType {
  const key = `services:facilities:${type}`;
  let found = prepared.memo.get(key) as FacilitiesOfType | undefined;
  if (!found) {
    const positions: number[] = [];
    prepared.layer<FacilityProperties>('facilities').features.forEach((f, i) => {
      if (f.properties.type === type && f.shape.type === 'point') positions.push(i);
    });
    const features = positions.map((i) => prepared.layer<FacilityProperties>('facilities').features[i]);
    found = { positions, features, index: buildBoxIndex(features.map((f) => f.bbox)) };
    prepared.memo.set(key, found);
  }
  return found;
}

function facilityPoint(feature: PreparedFeature): [number, number] {
  return feature.shape.type === 'point' ? feature.shape.coordinates : [NaN, NaN];
}

/** Nearest facility by straight line: widen the box search until the best lies inside it. */
export function nearestByStraightLine(facilities: FacilitiesOfType, shape: Shape, bbox: BBox): { distance: number; position: number } {
  let best = { distance: Infinity, position: -1 };
  const total = facilities.features.length;
  for (let reach = 250; total > 0; reach *= 4) {
    const candidates = facilities.index.within(bbox, reach);
    for (const i of candidates) {
      const d = placePointDistance(shape, ...facilityPoint(facilities.features[i]));
      if (d < best.distance || (d === best.distance && i < best.position)) best = { distance: d, position: i };
    }
    if (best.distance <= reach || candidates.length === total) break;
  }
  return best;
}

/** Facilities of the type that touch or lie inside a community: they are at distance 0 (§3.6). */
function touchingFacility(facilities: FacilitiesOfType, community: PreparedFeature): number {
  for (const i of facilities.index.search(community.bbox).sort((a, b) => a - b)) {
    if (placePointDistance(community.shape, ...facilityPoint(facilities.features[i])) === 0) return i;
  }
  return -1;
}

export function nearestFacilities(prepared: PreparedLayers, type: ServiceType, distance: DistanceKind): NearestFacility[] {
  const key = `services:nearest:${type}:${distance}`;
  const memo = prepared.memo.get(key) as NearestFacility[] | undefined;
  if (memo) return memo;
  const facilities = facilitiesOfType(prepared, type);
  const communities = prepared.layer('communities').features;
  let result: NearestFacility[];
  if (distance === 'euclidean') {
    result = communities.map((community) => {
      const best = nearestByStraightLine(facilities, community.shape, community.bbox);
      return best.position < 0 ? { distanceM: null, facilityId: null } : { distanceM: best.distance, facilityId: facilities.features[best.position].id };
    });
  } else {
    const network = networkOf(prepared);
    const facilityAttachments = attachmentsOf(prepared, 'facilities');
    const communityAttachments = attachmentsOf(prepared, 'communities');
    const field = new DistanceField(network, facilities.positions.map((p) => facilityAttachments[p]));
    result = communities.map((community, position) => {
      const touching = touchingFacility(facilities, community);
      if (touching >= 0) return { distanceM: 0, facilityId: facilities.features[touching].id };
      const found = field.distanceTo(communityAttachments[position]);
      return Number.isFinite(found.distanceM) ? { distanceM: found.distanceM, facilityId: facilities.features[found.source].id } : { distanceM: null, facilityId: null };
    });
  }
  prepared.memo.set(key, result);
  return result;
}

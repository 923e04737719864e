/**
 * The facility census (设施普查): for every community and each of the six service types, the
 * distance to the nearest facility and the life circle it falls in — 5, 10 or 15 minutes
 * (300 / 500 / 1000 m, GB 50180-2018), or none.
 */
import { SERVICE_TYPES, type ServiceType } from '../../model/codes';
import type { CommunityProperties } from '../../model/layers';
import { LIFE_CIRCLES_M } from '../../model/standards';
import { err, ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import { prepareLayers } from '../prepare';
import { nearestFacilities } from './distances';
import { RADIUS_EPSILON_M, type DistanceKind } from './params';

export type LifeCircle = 5 | 10 | 15;

export interface LifeCircleCell {
  distanceM: number | null;
  lifeCircle: LifeCircle | null;
  facilityId: FeatureId | null;
}

export interface LifeCircleOutput {
  distance: DistanceKind;
  types: readonly ServiceType[];
  communities: { id: FeatureId; name: string | null; districtId: FeatureId | null; services: Record<ServiceType, LifeCircleCell> }[];
  /** Per type, how many communities fall in each circle (a community in the 5-minute circle is not counted again in the 10). */
  counts: Record<ServiceType, { 5: number; 10: number; 15: number; none: number }>;
}

export function lifeCircleOf(distanceM: number | null): LifeCircle | null {
  if (distanceM === null) return null;
  for (const circle of LIFE_CIRCLES_M) if (distanceM <= circle.radiusM + RADIUS_EPSILON_M) return circle.minutes;
  return null;
}

export function lifeCircleCompliance(layers: LayerSet, params?: { distance?: DistanceKind }): Result<LifeCircleOutput> {
  const distance = params?.distance ?? 'euclidean';
  if (distance !== 'euclidean' && distance !== 'network') return err({ code: 'BAD_PARAMETER', message: `life circles: distance "${String(distance)}" is not euclidean or network`, field: 'distance' });
  if (distance === 'network' && !layers.roads?.features.length) {
    return err({ code: 'MISSING_LAYER', message: 'life circles: network distance needs the roads layer (roads.geojson)', layer: 'roads' });
  }
  try {
    const prepared = prepareLayers(layers);
    const communities = prepared.layer<CommunityProperties>('communities').features;
    const nearest = Object.fromEntries(SERVICE_TYPES.map((type) => [type, nearestFacilities(prepared, type, distance)])) as Record<ServiceType, ReturnType<typeof nearestFacilities>>;
    const counts = Object.fromEntries(SERVICE_TYPES.map((type) => [type, { 5: 0, 10: 0, 15: 0, none: 0 }])) as LifeCircleOutput['counts'];
    const rows = communities.map((community, c) => {
      const services = {} as Record<ServiceType, LifeCircleCell>;
      for (const type of SERVICE_TYPES) {
        const { distanceM, facilityId } = nearest[type][c];
        const lifeCircle = lifeCircleOf(distanceM);
        services[type] = { distanceM: distanceM === null ? null : Math.round(distanceM * 1e6) / 1e6, lifeCircle, facilityId };
        counts[type][lifeCircle ?? 'none'] += 1;
      }
      return { id: community.id, name: community.properties.name ?? null, districtId: prepared.districtOf('communities', c), services };
    });
    return ok({ distance, types: SERVICE_TYPES, communities: rows, counts });
  } catch (error) {
    return err({ code: 'ANALYSIS_FAILED', message: `life circles: ${(error as Error).message}` });
  }
}

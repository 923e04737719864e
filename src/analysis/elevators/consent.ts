/**
 * The community of each building and the consent arithmetic of 民法典 art. 278 (DESIGN §3.6):
 * a building's households are its community's households shared by floor area (footprint
 * area × floors) among the community's residential buildings, rounded half up;
 * mustTakePart = ceil(2/3 × households), mustAgree = ceil(3/4 × mustTakePart).
 * Art. 278 counts area as well as heads: the same floor area, to 0.1 m², gives
 * mustTakePartAreaM2 = 2/3 × floorAreaM2 and mustAgreeAreaM2 = 3/4 × mustTakePartAreaM2.
 */
import type { BuildingProperties, CommunityProperties } from '../../model/layers';
import { FIELD_DEFAULTS } from '../../model/standards';
import type { FeatureId } from '../../model/types';
import { intersectionArea } from '../geometry/clip';
import { pointInMultiPolygon } from '../geometry/planar';
import { type PreparedFeature, type PreparedLayers, SHARE_NOISE_M2 } from '../prepare';

/**
 * Beyond this distance from the rounding boundary, trimming to 9 decimals (≤ 5e-10) cannot
 * move a value across it, so the slow toFixed is only needed near a boundary.
 */
const NEAR_BOUNDARY = 1e-6;

/**
 * Least area (m²) a community must share with a building to hold part of it: a building that
 * only touches the boundary from outside clips to a sliver of float noise (~1e-9 m²), which is
 * no share, as for districts (prepare.ts SHARE_NOISE_M2).
 */
const SHARED_AREA_M2 = SHARE_NOISE_M2;

/** Round half up, after trimming float noise (12.4999999999 from 12.5). */
export function roundHalfUp(value: number): number {
  const fraction = value - Math.floor(value);
  if (Math.abs(fraction - 0.5) > NEAR_BOUNDARY && fraction > NEAR_BOUNDARY && fraction < 1 - NEAR_BOUNDARY) return Math.floor(value + 0.5);
  return Math.floor(Number(value.toFixed(9)) + 0.5);
}

export function ceilClean(value: number): number {
  const fraction = value - Math.floor(value);
  if (fraction > NEAR_BOUNDARY && fraction < 1 - NEAR_BOUNDARY) return Math.ceil(value);
  return Math.ceil(Number(value.toFixed(9)));
}

export function consentThresholds(households: number): { mustTakePart: number; mustAgree: number } {
  // Integer numerators first: 2 × 9 / 3 is exactly 6, where (2/3) × 9 may not be.
  const mustTakePart = ceilClean((2 * households) / 3);
  return { mustTakePart, mustAgree: ceilClean((3 * mustTakePart) / 4) };
}

/**
 * A floor area to 0.1 m², in tenths of a square metre (an integer), rounded half up. Tenths:
 * footprints are surveyed to a few centimetres, so a finer figure would be false precision.
 */
export function areaTenths(areaM2: number): number {
  return roundHalfUp(areaM2 * 10);
}

export interface AreaThresholds {
  /** Footprint area × floors, to 0.1 m² (half up). */
  floorAreaM2: number;
  /** 2/3 of floorAreaM2, rounded UP to 0.1 m²: a threshold is a minimum, so rounding never lowers it. */
  mustTakePartAreaM2: number;
  /** 3/4 of mustTakePartAreaM2, rounded UP to 0.1 m² likewise. */
  mustAgreeAreaM2: number;
}

/** ceil(2/3 × n) and ceil(3/4 × n) for a whole n, in integers (no 2/3 as a float). */
export const twoThirdsUp = (n: number) => Math.floor((2 * n + 2) / 3);
export const threeQuartersUp = (n: number) => Math.floor((3 * n + 3) / 4);

/**
 * The area half of art. 278 for a floor area in m². Worked in whole tenths of a m², so
 * 1,200 m² gives exactly 800 and 600 m², and 1,000 m² gives 666.7 and 500.1 m².
 */
export function areaConsentThresholds(floorAreaM2: number): AreaThresholds {
  const floor = areaTenths(floorAreaM2);
  const takePart = twoThirdsUp(floor);
  return { floorAreaM2: floor / 10, mustTakePartAreaM2: takePart / 10, mustAgreeAreaM2: threeQuartersUp(takePart) / 10 };
}

export function isResidential(properties: BuildingProperties): boolean {
  return (properties.use ?? FIELD_DEFAULTS.use) === 'residential';
}

/**
 * Community of every building, by position: its `communityId`, else the community holding
 * the largest part of its area (ties to the first in file order; a share must exceed
 * SHARED_AREA_M2), else null.
 */
export function buildingCommunities(prepared: PreparedLayers): (FeatureId | null)[] {
  const memoKey = 'elevators:building-communities';
  const cached = prepared.memo.get(memoKey) as (FeatureId | null)[] | undefined;
  if (cached) return cached;
  const communities = prepared.layer<CommunityProperties>('communities');
  const result = prepared.layer<BuildingProperties>('buildings').features.map((building) => {
    const own = building.properties.communityId;
    if (typeof own === 'string' || typeof own === 'number') return prepared.canonicalId('communities', own);
    if (building.shape.type !== 'polygon') return null;
    const candidates = communities.index.search(building.bbox).sort((a, b) => a - b);
    const polygon = building.shape.coordinates;
    if (candidates.length === 1) {
      // Quick path: wholly inside its only candidate (every vertex in) holds it all.
      const community = communities.features[candidates[0]];
      if (community.shape.type === 'polygon') {
        const shape = community.shape.coordinates;
        if (polygon.every((part) => part[0].every((p) => pointInMultiPolygon(p, shape)))) return community.id;
      }
    }
    let best: FeatureId | null = null;
    let bestArea = SHARED_AREA_M2;
    for (const position of candidates) {
      const community = communities.features[position];
      if (community.shape.type !== 'polygon') continue;
      const area = intersectionArea(polygon, community.shape.coordinates);
      if (area > bestArea) {
        bestArea = area;
        best = community.id;
      }
    }
    return best;
  });
  prepared.memo.set(memoKey, result);
  return result;
}

/** First community feature per id. */
export function communitiesById(prepared: PreparedLayers): Map<FeatureId, PreparedFeature<CommunityProperties>> {
  const byId = new Map<FeatureId, PreparedFeature<CommunityProperties>>();
  for (const community of prepared.layer<CommunityProperties>('communities').features) {
    if (!byId.has(community.id)) byId.set(community.id, community);
  }
  return byId;
}

/** Households per building position (0 when the community or its households are unknown). Cached with the data; read-only. */
export function buildingHouseholds(prepared: PreparedLayers): number[] {
  const memoKey = 'elevators:building-households';
  const cached = prepared.memo.get(memoKey) as number[] | undefined;
  if (cached) return cached;
  const households = computeBuildingHouseholds(prepared);
  prepared.memo.set(memoKey, households);
  return households;
}

/**
 * Floor area per building position in m² (footprint area × floors, unrounded): the area the
 * households are shared by, and the area half of the vote. 0 for a building that is not
 * residential or has no floors. Cached with the data; read-only.
 */
export function buildingFloorAreas(prepared: PreparedLayers): number[] {
  const memoKey = 'elevators:building-floor-areas';
  const cached = prepared.memo.get(memoKey) as number[] | undefined;
  if (cached) return cached;
  const floorAreas = prepared.layer<BuildingProperties>('buildings').features.map((b) =>
    isResidential(b.properties) && typeof b.properties.floors === 'number' ? b.areaM2 * b.properties.floors : 0,
  );
  prepared.memo.set(memoKey, floorAreas);
  return floorAreas;
}

function computeBuildingHouseholds(prepared: PreparedLayers): number[] {
  const buildings = prepared.layer<BuildingProperties>('buildings').features;
  const communityOf = buildingCommunities(prepared);
  const byId = communitiesById(prepared);
  const floorArea = buildingFloorAreas(prepared);
  const totals = new Map<FeatureId, number>();
  buildings.forEach((_, i) => {
    const community = communityOf[i];
    if (community !== null && floorArea[i] > 0) totals.set(community, (totals.get(community) ?? 0) + floorArea[i]);
  });
  return buildings.map((_, i) => {
    const community = communityOf[i];
    const total = community === null ? 0 : (totals.get(community) ?? 0);
    const households = community === null ? 0 : (byId.get(community)?.properties.households ?? 0);
    return total > 0 && floorArea[i] > 0 ? roundHalfUp((households * floorArea[i]) / total) : 0;
  });
}

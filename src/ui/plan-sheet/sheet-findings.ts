/**
 * What the analyses found for one community, cut out of the district-wide results the sheet
 * runs once (default parameters): parking deficit and the parcels it is met on, elevator
 * verdicts and consent numbers per building (民法典 art. 278), the six services against
 * their life circles, and the residents' survey and vote status. Pure, so the batch sheet
 * slices the same results for every community of a district.
 */
import type { ElevatorOutput } from '../../analysis/elevators';
import type { ParkingOutput } from '../../analysis/parking';
import type { PriorityOutput } from '../../analysis/priority';
import type { BuildingVote, CommunityVoice } from '../../analysis/residents/types';
import type { LifeCircleOutput } from '../../analysis/services';
import { SERVICE_TYPES, type ServiceType } from '../../model/codes';
import { SERVICE_DEFAULTS } from '../../model/standards';
import type { FeatureId } from '../../model/types';
import type { FeatureCollection } from 'geojson';

const same = (a: FeatureId | null | undefined, b: FeatureId | null | undefined) => a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);

export interface ParkingFinding {
  demand: number;
  supply: number;
  deficit: number;
  allocated: number;
  parcels: { parcelId: FeatureId; spaces: number; distanceM: number; kind: string | null }[];
}

export interface ElevatorBuildingFinding {
  buildingId: FeatureId;
  units: number;
  feasible: number;
  conditional: number;
  infeasible: number;
  households: number;
  mustTakePart: number;
  mustAgree: number;
  /** Floor area (footprint × floors) and the area that must take part and agree, m² (民法典 art. 278 by area). */
  floorAreaM2: number;
  mustTakePartAreaM2: number;
  mustAgreeAreaM2: number;
  vote: BuildingVote | null;
}

export interface ElevatorFinding {
  buildings: ElevatorBuildingFinding[];
  feasible: number;
  conditional: number;
  infeasible: number;
}

export interface ServiceFinding {
  type: ServiceType;
  distanceM: number | null;
  radiusM: number;
  covered: boolean;
  lifeCircle: 5 | 10 | 15 | null;
  /** No facility of the type is loaded at all: its distance is unknown, not out of reach (不可达). */
  noFacility: boolean;
}

export function parkingFinding(result: ParkingOutput | undefined, communityId: FeatureId): ParkingFinding | null {
  const row = result?.communities.find((c) => same(c.id, communityId));
  if (!result || !row) return null;
  const kinds = new Map(result.parcels.map((p) => [String(p.id), p.kind]));
  const parcels = result.flows
    .filter((flow) => same(flow.communityId, communityId) && flow.spaces > 0)
    .map((flow) => ({ parcelId: flow.parcelId, spaces: flow.spaces, distanceM: flow.distanceM, kind: kinds.get(String(flow.parcelId)) ?? null }))
    .sort((a, b) => b.spaces - a.spaces);
  return { demand: row.demand, supply: row.supply, deficit: row.deficit, allocated: row.allocated, parcels };
}

export function elevatorFinding(result: ElevatorOutput | undefined, votes: readonly BuildingVote[], communityId: FeatureId): ElevatorFinding | null {
  if (!result) return null;
  const buildings: ElevatorBuildingFinding[] = result.buildings
    .filter((building) => same(building.communityId, communityId))
    .map((building) => {
      const units = result.units.filter((unit) => same(unit.buildingId, building.id));
      const count = (status: string) => units.filter((unit) => unit.status === status).length;
      return {
        buildingId: building.id,
        units: building.units,
        feasible: count('feasible'),
        conditional: count('conditional'),
        infeasible: count('infeasible'),
        households: building.households,
        mustTakePart: building.mustTakePart,
        mustAgree: building.mustAgree,
        floorAreaM2: building.floorAreaM2,
        mustTakePartAreaM2: building.mustTakePartAreaM2,
        mustAgreeAreaM2: building.mustAgreeAreaM2,
        vote: votes.find((vote) => same(vote.buildingId, building.id)) ?? null,
      };
    });
  const total = (key: 'feasible' | 'conditional' | 'infeasible') => buildings.reduce((sum, b) => sum + b[key], 0);
  return { buildings, feasible: total('feasible'), conditional: total('conditional'), infeasible: total('infeasible') };
}

/** Covered when the nearest facility lies within the type's default radius (inclusive, DESIGN §3.6) — the rule the residents' view uses. */
export function serviceFindings(result: LifeCircleOutput | undefined, communityId: FeatureId, facilities?: FeatureCollection): ServiceFinding[] | null {
  const row = result?.communities.find((c) => same(c.id, communityId));
  if (!row) return null;
  const present = new Set((facilities?.features ?? []).map((f) => String(f.properties?.type)));
  return SERVICE_TYPES.map((type) => {
    const cell = row.services[type];
    const radiusM = SERVICE_DEFAULTS[type].radiusM.value;
    return { type, distanceM: cell.distanceM, radiusM, covered: cell.distanceM !== null && cell.distanceM <= radiusM, lifeCircle: cell.lifeCircle, noFacility: facilities !== undefined && cell.distanceM === null && !present.has(type) };
  });
}

export interface ResidentsFinding {
  voice: CommunityVoice;
  buildings: BuildingVote[];
}

/** The survey and votes of the community; null when neither table says anything about it. */
export function residentsFinding(result: PriorityOutput | undefined, communityId: FeatureId): ResidentsFinding | null {
  const voice = result?.residents.communities.find((c) => same(c.id, communityId));
  if (!result || !voice) return null;
  const buildings = result.residents.buildings.filter((b) => same(b.communityId, communityId) && b.status !== 'none');
  if (!voice.surveyed && buildings.length === 0) return null;
  return { voice, buildings };
}

/**
 * What the analyses found for one community, as the joint review form (联合评审意见表) reads
 * it: the plan sheet's own findings (sheet-findings.ts: parking, elevators, services, the
 * residents' voice), plus what only the form asks for — the elevator units under each reason
 * with the buildings they stand on (消防救援 reads FIRE_LANE and SPACING, 自然资源 SUNLIGHT and
 * PROTECTED, 城管 OUTSIDE_SITE), and the area of each idle parcel the parking uses. Pure.
 */
import type { ElevatorOutput, Reason } from '../../analysis/elevators';
import { REASONS } from '../../analysis/elevators/params';
import type { ParkingOutput } from '../../analysis/parking';
import type { PriorityOutput } from '../../analysis/priority';
import type { LifeCircleOutput } from '../../analysis/services';
import type { FeatureId } from '../../model/types';
import {
  elevatorFinding, parkingFinding, residentsFinding, serviceFindings,
  type ElevatorFinding, type ParkingFinding, type ResidentsFinding, type ServiceFinding,
} from '../plan-sheet/sheet-findings';

export interface ReasonTally {
  /** Units whose verdict carries the reason. */
  units: number;
  /** Their buildings, each once, in the order the analysis lists them. */
  buildings: FeatureId[];
}

export type ElevatorReasons = Record<Reason, ReasonTally>;

export interface ReviewFindings {
  parking: ParkingFinding | null;
  /** Area (m², the whole polygon) of every parcel the parking finding uses, by parcel id. */
  parcelAreaM2: Record<string, number>;
  elevators: ElevatorFinding | null;
  elevatorReasons: ElevatorReasons | null;
  services: ServiceFinding[] | null;
  residents: ResidentsFinding | null;
}

/** The analyses' results as the sheet holds them (undefined: not landed, failed or not run). */
export interface ReviewResults {
  parking?: ParkingOutput;
  elevators?: ElevatorOutput;
  lifeCircles?: LifeCircleOutput;
  priority?: PriorityOutput;
}

/** Units of the community under each reason, and their buildings; null without an elevator result. */
export function elevatorReasons(result: ElevatorOutput | undefined, communityId: FeatureId): ElevatorReasons | null {
  if (!result) return null;
  const tallies = Object.fromEntries(REASONS.map((reason) => [reason, { units: 0, buildings: [] as FeatureId[] }])) as ElevatorReasons;
  const seen = Object.fromEntries(REASONS.map((reason) => [reason, new Set<string>()])) as Record<Reason, Set<string>>;
  for (const unit of result.units) {
    if (unit.communityId === null || String(unit.communityId) !== String(communityId)) continue;
    for (const reason of new Set(unit.reasons)) {
      tallies[reason].units += 1;
      const building = String(unit.buildingId);
      if (!seen[reason].has(building)) {
        seen[reason].add(building);
        tallies[reason].buildings.push(unit.buildingId);
      }
    }
  }
  return tallies;
}

export function reviewFindings(results: ReviewResults, communityId: FeatureId): ReviewFindings {
  const parking = parkingFinding(results.parking, communityId);
  const used = new Set((parking?.parcels ?? []).map((parcel) => String(parcel.parcelId)));
  const parcelAreaM2: Record<string, number> = {};
  for (const parcel of results.parking?.parcels ?? []) {
    if (used.has(String(parcel.id))) parcelAreaM2[String(parcel.id)] = parcel.areaM2;
  }
  return {
    parking,
    parcelAreaM2,
    elevators: elevatorFinding(results.elevators, results.priority?.residents.buildings ?? [], communityId),
    elevatorReasons: elevatorReasons(results.elevators, communityId),
    services: serviceFindings(results.lifeCircles, communityId),
    residents: residentsFinding(results.priority, communityId),
  };
}

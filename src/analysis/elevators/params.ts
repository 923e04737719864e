/**
 * Parameters and output shape of the added-elevator analysis (DESIGN §3.2, §3.6, §4).
 */
import { ELEVATOR_DEFAULTS } from '../../model/standards';
import type { FeatureId } from '../../model/types';

export type StairSide = 'north' | 'south' | 'east' | 'west';

export interface ElevatorParams {
  minFloors: number;
  unitWidthM: number;
  shaftWidthM: number;
  shaftDepthM: number;
  corridorDepthM: number;
  minSpacingM: number;
  requiredHours: number;
  /** YYYY-MM-DD; 大寒日 2025-01-20 by default. */
  date: string;
  stepMin: number;
  floorHeightM: number;
  stairSide: StairSide;
  /** True solar hours of the sunlight window (8–16). */
  startHour: number;
  endHour: number;
  /** Other buildings within this distance of a unit's footprint are tested (60 m). */
  neighbourRadiusM: number;
  /** Height of the test points above ground (0.9 m). */
  sillHeightM: number;
  /** A planned shaft stands this much above its building (1.5 m). */
  shaftExtraHeightM: number;
}

export const DEFAULT_ELEVATOR_PARAMS: ElevatorParams = Object.freeze({
  minFloors: ELEVATOR_DEFAULTS.minFloors.value,
  unitWidthM: ELEVATOR_DEFAULTS.unitWidthM.value,
  shaftWidthM: ELEVATOR_DEFAULTS.shaftWidthM.value,
  shaftDepthM: ELEVATOR_DEFAULTS.shaftDepthM.value,
  corridorDepthM: ELEVATOR_DEFAULTS.corridorDepthM.value,
  minSpacingM: ELEVATOR_DEFAULTS.minSpacingM.value,
  requiredHours: ELEVATOR_DEFAULTS.requiredHours.value,
  date: ELEVATOR_DEFAULTS.date.value,
  stepMin: ELEVATOR_DEFAULTS.stepMin.value,
  floorHeightM: ELEVATOR_DEFAULTS.floorHeightM.value,
  stairSide: ELEVATOR_DEFAULTS.stairSide.value,
  startHour: ELEVATOR_DEFAULTS.startHour.value,
  endHour: ELEVATOR_DEFAULTS.endHour.value,
  neighbourRadiusM: ELEVATOR_DEFAULTS.neighbourRadiusM.value,
  sillHeightM: ELEVATOR_DEFAULTS.sillHeightM.value,
  shaftExtraHeightM: ELEVATOR_DEFAULTS.shaftExtraHeightM.value,
});

export const REASONS = ['OUTSIDE_SITE', 'OVERLAPS_BUILDING', 'FIRE_LANE', 'PROTECTED', 'SPACING', 'SUNLIGHT'] as const;
export type Reason = (typeof REASONS)[number];
export const INFEASIBLE_REASONS: readonly Reason[] = ['OUTSIDE_SITE', 'OVERLAPS_BUILDING', 'FIRE_LANE', 'PROTECTED'];

export type UnitStatus = 'feasible' | 'conditional' | 'infeasible';

export interface SunlightLoss {
  buildingId: FeatureId;
  hoursBefore: number;
  hoursAfter: number;
}

/**
 * Why a reason applies, for the UI's plain-language explanation: the object hit and by how
 * much. Distances in metres (3 decimals); `limitM` is the threshold it falls under.
 */
export interface ReasonDetail {
  reason: Reason;
  layer: 'communities' | 'buildings' | 'roads' | 'protected';
  objectId: FeatureId | null;
  /** OUTSIDE_SITE: how far the footprint reaches outside; others: least distance. */
  distanceM?: number;
  limitM?: number;
  /** OVERLAPS_BUILDING: area shared with the building. */
  overlapM2?: number;
  /** SUNLIGHT: the worst test point of that building. */
  hoursBefore?: number;
  hoursAfter?: number;
  requiredHours?: number;
}

export interface ElevatorUnit {
  buildingId: FeatureId;
  communityId: FeatureId | null;
  unit: number;
  status: UnitStatus;
  reasons: Reason[];
  sunlight: SunlightLoss[];
  details: ReasonDetail[];
}

export interface ElevatorBuilding {
  id: FeatureId;
  communityId: FeatureId | null;
  units: number;
  /** Number of feasible units. */
  feasible: number;
  households: number;
  /** ceil(2/3 × households): households that must take part in the vote (民法典 art. 278). */
  mustTakePart: number;
  /** ceil(3/4 × mustTakePart): households that must agree. */
  mustAgree: number;
  /** Footprint area × floors in m², to 0.1 m²: the area the households share is taken by (DESIGN §3.6). */
  floorAreaM2: number;
  /** 2/3 of floorAreaM2, rounded up to 0.1 m²: floor area whose owners must take part. */
  mustTakePartAreaM2: number;
  /** 3/4 of mustTakePartAreaM2, rounded up to 0.1 m²: floor area whose owners must agree. */
  mustAgreeAreaM2: number;
}

export interface ElevatorCommunitySummary {
  id: FeatureId | null;
  candidateBuildings: number;
  feasible: number;
  conditional: number;
  infeasible: number;
  /** Households of the units found feasible or conditional (a building's households shared evenly among its units), rounded half up. */
  householdsServed: number;
}

/**
 * Every unit's footprint, flat: unit i (its place in `units`) has its four corners as lon, lat
 * pairs at [8i, 8i + 8), in ring order (the ring closes on the first corner). One array, not
 * a GeoJSON Polygon per unit: ~140k units at city scale made 1.1M small long-lived arrays,
 * which cost more in garbage collection and memory than the rays, and crossed to the page by
 * structured clone one by one. unitFootprint(output.footprints, i) gives the Polygon.
 */
export type UnitFootprints = Float64Array;

import type { ElevatorDefaults } from './defaults';

export interface ElevatorOutput {
  totals: { candidateBuildings: number; candidateUnits: number; feasible: number; conditional: number; infeasible: number };
  units: ElevatorUnit[];
  footprints: UnitFootprints;
  buildings: ElevatorBuilding[];
  communities: ElevatorCommunitySummary[];
  /** Parameters used, after defaults. */
  params: ElevatorParams;
  /** Sun position used (centre of the dataset). */
  sun: { lon: number; lat: number; samples: number; noonAltitudeDeg: number };
  /** Fields that took their default (DESIGN §2), counted (defaults.ts). */
  defaultsApplied: ElevatorDefaults;
  /** Buildings tall enough but left out for a `use` other than residential, by value. */
  nonResidential: { use: string; buildings: number }[];
  /** Candidate buildings whose units' shafts do not fit side by side on the stair façade (a warning names them). */
  crowdedFacades: number;
  warnings: string[];
}

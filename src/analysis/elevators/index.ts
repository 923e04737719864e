/**
 * Added elevators (加装电梯), DESIGN §3.2 and §3.6: per candidate building, a shaft footprint
 * per unit on the stair façade, its verdict with every reason that applies and the objects
 * behind each reason, the sunlight it takes from neighbours, and the consent thresholds.
 *
 * @example
 * const result = runElevators(layers, { minFloors: 5 });
 * if (result.ok) console.log(result.value.totals);
 */
import type { BuildingProperties } from '../../model/layers';
import { ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import type { Ring } from '../geometry/planar';
import type { RunOptions } from '../run-options';
import { FOOTPRINT_STRIDE } from './footprints';
import {
  areaConsentThresholds, buildingCommunities, buildingFloorAreas, buildingHouseholds, communitiesById, consentThresholds, roundHalfUp,
} from './consent';
import {
  type ElevatorBuilding, type ElevatorCommunitySummary, type ElevatorOutput, type ElevatorParams,
  type ElevatorUnit, INFEASIBLE_REASONS, type Reason, REASONS,
} from './params';
import { stageTable } from './stage-cache';
import { buildingHeight, type ShaftDarkening, SunlightChecker, sunlightKey } from './sunlight-check';
import { elevatorInputs, frameAt, frameTable, isCandidate } from './candidates';
import { type BuildingSites, siteContext, siteKey, unitRings, unitSites } from './unit-sites';
import { crowdedWarning, elevatorDefaults, facadeLength, nonResidentialUses, nonResidentialWarning } from './defaults';

export { DEFAULT_ELEVATOR_PARAMS } from './params';
export { isCandidate, runElevatorCandidates, type ElevatorCandidate } from './candidates';
export { elevatorJson, unitFootprint, type ElevatorOutputJson, type ElevatorUnitJson } from './footprints';
export type * from './params';
/** Tests only: turn the per-stage caches off to compare against from-scratch runs. */
export { stageCacheSwitch } from './stage-cache';

const SUNLIGHT_BIT = 1 << REASONS.indexOf('SUNLIGHT');
const INFEASIBLE_MASK = INFEASIBLE_REASONS.reduce((mask, r) => mask | (1 << REASONS.indexOf(r)), 0);

export function runElevators(layers: LayerSet, params: Partial<ElevatorParams> = {}, options: RunOptions = {}): Result<ElevatorOutput> {
  const inputs = elevatorInputs(layers, params);
  if (!inputs.ok) return inputs;
  const { merged, prepared } = inputs.value;
  const buildings = prepared.layer<BuildingProperties>('buildings');
  const communityOf = buildingCommunities(prepared);
  const communities = communitiesById(prepared);
  const households = buildingHouseholds(prepared);
  const floorAreas = buildingFloorAreas(prepared);
  const sunlight = new SunlightChecker(prepared, merged);
  const context = siteContext(prepared, merged);
  // Per-building tables of each stage by building position, filled lazily (see stage-cache.ts
  // for what each depends on). Arrays, not Maps: three look-ups per building on every run.
  const frames = frameTable(prepared, merged);
  const sites = stageTable(prepared, 'sites', siteKey(merged), () => new Array<BuildingSites | undefined>(buildings.features.length));
  const darkeningKey = `${siteKey(merged)}|${sunlightKey(merged)}|${merged.shaftExtraHeightM}`;
  const darkenings = stageTable(prepared, 'darkening', darkeningKey, () => new Array<ShaftDarkening[] | undefined>(buildings.features.length));
  const warnings: string[] = [];
  if (!layers.communities) warnings.push('communities.geojson missing: every unit is OUTSIDE_SITE');
  if (buildings.invalid.length > 0) warnings.push(`buildings.geojson: ${buildings.invalid.length} feature(s) without usable geometry or id were skipped`);

  const units: ElevatorUnit[] = [];
  /** Each building's footprints (its sites' view), copied into the output's flat array at the end. */
  const footprintParts: Float64Array[] = [];
  /** Positions of the buildings that are candidates (for the defaults they rest on). */
  const candidatePositions: number[] = [];
  /** Candidates whose shafts do not fit side by side on their stair façade (see crowdedWarning). */
  const crowded: FeatureId[] = [];
  const buildingRows: ElevatorBuilding[] = [];
  /** Per building row: its conditional and infeasible units (feasible is on the row). */
  const conditionalCounts: number[] = [];
  const infeasibleCounts: number[] = [];

  // Plain loops, no closure per building or unit (~55k and ~140k per run at city scale).
  for (let position = 0; position < buildings.features.length; position++) {
    const building = buildings.features[position];
    if (position % 500 === 0) options.onProgress?.(position / buildings.features.length, 'elevators');
    if (!isCandidate(building.properties, merged.minFloors) || building.shape.type !== 'polygon') continue;
    candidatePositions.push(position);
    const frame = frameAt(frames, position, building, merged);
    if (!frame) {
      warnings.push(`buildings.geojson: building ${building.id} has a degenerate footprint and was skipped`);
      continue;
    }
    if (frame.count * merged.shaftWidthM > facadeLength(frame.facade) + 1e-9) crowded.push(building.id);
    const communityId = communityOf[position];
    // The planar rings are not cached (memory): made once here for whichever stage runs.
    let rings: Ring[] | null = null;
    let buildingSites = sites[position];
    if (!buildingSites) {
      const community = communityId === null ? undefined : communities.get(communityId);
      rings = unitRings(frame, merged);
      sites[position] = buildingSites = unitSites(context, position, rings, communityId, community);
    }
    let buildingDarkening = darkenings[position];
    if (!buildingDarkening) {
      const shaftHeight = buildingHeight(building.properties, merged.floorHeightM) + merged.shaftExtraHeightM;
      const { neighbours } = buildingSites;
      rings ??= unitRings(frame, merged);
      buildingDarkening = new Array<ShaftDarkening>(buildingSites.units.length);
      for (let u = 0; u < buildingSites.units.length; u++) {
        const site = buildingSites.units[u];
        buildingDarkening[u] = sunlight.darkening(rings[u], shaftHeight, neighbours, site.neighbourStart, site.neighbourEnd);
      }
      darkenings[position] = buildingDarkening;
    }
    let feasibleCount = 0;
    let conditionalCount = 0;
    let infeasibleCount = 0;
    for (let u = 0; u < buildingSites.units.length; u++) {
      const site = buildingSites.units[u];
      const losses = sunlight.losses(buildingDarkening[u], merged.requiredHours);
      // Without a loss the unit shares its site's frozen details (as it shares the footprint):
      // ~140k units, and copies were most of what a re-classification allocated.
      let details = site.details;
      if (losses.length > 0) {
        details = site.details.slice();
        for (const loss of losses) {
          details.push({ reason: 'SUNLIGHT', layer: 'buildings', objectId: loss.buildingId, hoursBefore: loss.hoursBefore, hoursAfter: loss.hoursAfter, requiredHours: merged.requiredHours });
        }
      }
      // Bit masks instead of a Set per unit: this loop is all a requiredHours change re-runs.
      const mask = site.reasonMask | (losses.length > 0 ? SUNLIGHT_BIT : 0);
      const reasons = reasonsOf(mask);
      const status = mask & INFEASIBLE_MASK ? 'infeasible' : mask !== 0 ? 'conditional' : 'feasible';
      if (status === 'feasible') feasibleCount++;
      else if (status === 'conditional') conditionalCount++;
      else infeasibleCount++;
      units.push({ buildingId: building.id, communityId, unit: u + 1, status, reasons, sunlight: losses, details });
    }
    footprintParts.push(buildingSites.footprints);
    const consent = consentThresholds(households[position]);
    const areaConsent = areaConsentThresholds(floorAreas[position]);
    buildingRows.push({ id: building.id, communityId, units: frame.count, feasible: feasibleCount, households: households[position], ...consent, ...areaConsent });
    conditionalCounts.push(conditionalCount);
    infeasibleCounts.push(infeasibleCount);
  }
  options.onProgress?.(1, 'elevators');
  const nonResidential = nonResidentialUses(prepared, merged.minFloors);
  const nonResidentialLine = nonResidentialWarning(nonResidential, merged.minFloors);
  if (nonResidentialLine) warnings.push(nonResidentialLine);
  if (crowded.length > 0) warnings.push(crowdedWarning(crowded, merged));

  const [lon, lat] = prepared.projection.centre;
  const noon = sunlight.table.samples.reduce((best, s) => (s.altitudeDeg > best ? s.altitudeDeg : best), -90);
  return ok({
    totals: {
      candidateBuildings: buildingRows.length,
      candidateUnits: units.length,
      feasible: sum(buildingRows.map((row) => row.feasible)),
      conditional: sum(conditionalCounts),
      infeasible: sum(infeasibleCounts),
    },
    units,
    footprints: concatenate(footprintParts, units.length * FOOTPRINT_STRIDE),
    buildings: buildingRows,
    communities: summariseCommunities(buildingRows, conditionalCounts, infeasibleCounts),
    params: merged,
    sun: { lon, lat, samples: sunlight.table.samples.length, noonAltitudeDeg: noon },
    defaultsApplied: elevatorDefaults(prepared, candidatePositions, communityOf),
    nonResidential,
    crowdedFacades: crowded.length,
    warnings,
  });
}

/** One frozen reasons array per combination, shared by every unit that has it. */
const REASON_LISTS: readonly Reason[][] = Array.from({ length: 1 << REASONS.length }, (_, mask) =>
  Object.freeze(REASONS.filter((_, r) => mask & (1 << r))) as Reason[],
);
const reasonsOf = (mask: number): Reason[] => REASON_LISTS[mask];

function concatenate(parts: readonly Float64Array[], length: number): Float64Array {
  const all = new Float64Array(length);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Per community: candidates, unit verdicts, and households served by feasible + conditional
 * units. Counted per building row (units come building by building, so communities appear in
 * the same order as over units); served units are summed by building id, as a building id
 * shared by two features pools their units.
 */
function summariseCommunities(buildings: ElevatorBuilding[], conditional: number[], infeasible: number[]): ElevatorCommunitySummary[] {
  const rows = new Map<FeatureId | null, ElevatorCommunitySummary & { served: number }>();
  const servedUnits = new Map<FeatureId, number>();
  buildings.forEach((building, i) => {
    let row = rows.get(building.communityId);
    if (!row) {
      row = { id: building.communityId, candidateBuildings: 0, feasible: 0, conditional: 0, infeasible: 0, householdsServed: 0, served: 0 };
      rows.set(building.communityId, row);
    }
    row.feasible += building.feasible;
    row.conditional += conditional[i];
    row.infeasible += infeasible[i];
    const served = building.feasible + conditional[i];
    if (served > 0) servedUnits.set(building.id, (servedUnits.get(building.id) ?? 0) + served);
  });
  for (const building of buildings) {
    const row = rows.get(building.communityId)!;
    row.candidateBuildings += 1;
    row.served += (building.households * (servedUnits.get(building.id) ?? 0)) / building.units;
  }
  return [...rows.values()].map(({ served, ...row }) => ({ ...row, householdsServed: roundHalfUp(served) }));
}

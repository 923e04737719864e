/**
 * The elevator candidates alone (加装电梯候选楼栋, DESIGN §3.6): which buildings qualify, their
 * units on the stair façade, their households and the vote thresholds (民法典 art. 278), without
 * each unit's site checks and sunlight. The residents' vote figures on the dashboard rest on
 * these only: asking the whole analysis for them kept the worker busy for 10 s after a province
 * import, ahead of the workspace save and of any panel the planner opened meanwhile. The frames
 * are the whole analysis's own cached stage (stage-cache.ts), so its later run reuses them.
 */
import type { BuildingProperties } from '../../model/layers';
import { FIELD_DEFAULTS } from '../../model/standards';
import { err, ok, type LayerSet, type Result } from '../../model/types';
import { prepareLayers, type PreparedFeature, type PreparedLayers } from '../prepare';
import { areaConsentThresholds, buildingCommunities, buildingFloorAreas, buildingHouseholds, consentThresholds, isResidential } from './consent';
import { FrameTable } from './frame-table';
import { DEFAULT_ELEVATOR_PARAMS, type ElevatorBuilding, type ElevatorParams } from './params';
import { stageTable } from './stage-cache';
import { buildingFrame, type BuildingFrame, frameKey } from './unit-sites';
import { validateParams } from './validate-params';

/** A candidate building's row, without its units' verdicts. */
export type ElevatorCandidate = Omit<ElevatorBuilding, 'feasible'>;

export function isCandidate(properties: BuildingProperties, minFloors: number): boolean {
  return (
    isResidential(properties) &&
    typeof properties.floors === 'number' &&
    properties.floors >= minFloors &&
    (properties.hasElevator ?? FIELD_DEFAULTS.hasElevator) === false
  );
}

/** The parameters over their defaults, validated, and the prepared layers; or why the analysis cannot run. */
export function elevatorInputs(layers: LayerSet, params: Partial<ElevatorParams>): Result<{ merged: ElevatorParams; prepared: PreparedLayers }> {
  const merged: ElevatorParams = { ...DEFAULT_ELEVATOR_PARAMS, ...Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) };
  const invalid = validateParams(merged);
  if (invalid) return err({ code: 'INVALID_PARAM', message: invalid.message, field: invalid.field });
  if (!layers.buildings) return err({ code: 'MISSING_LAYER', message: 'buildings.geojson: the buildings layer is required for the elevator analysis', layer: 'buildings' });
  return ok({ merged, prepared: prepareLayers(layers) });
}

/** Each building position's frame, filled lazily: the stage cache the whole analysis uses too. */
export const frameTable = (prepared: PreparedLayers, merged: ElevatorParams) =>
  stageTable(prepared, 'frames', frameKey(merged), () => new FrameTable(prepared.layer('buildings').features.length));

/** The building's frame from the stage table, computed into it first when not there yet; null when degenerate. */
export function frameAt(frames: FrameTable, position: number, building: PreparedFeature<BuildingProperties>, merged: ElevatorParams): BuildingFrame {
  if (!frames.has(position)) frames.set(position, buildingFrame(building, merged));
  return frames.get(position);
}

/** Every candidate building with a usable footprint, in layer order, as runElevators lists them. */
export function runElevatorCandidates(layers: LayerSet, params: Partial<ElevatorParams> = {}): Result<{ buildings: ElevatorCandidate[] }> {
  const inputs = elevatorInputs(layers, params);
  if (!inputs.ok) return inputs;
  const { merged, prepared } = inputs.value;
  const buildings = prepared.layer<BuildingProperties>('buildings');
  const communityOf = buildingCommunities(prepared);
  const households = buildingHouseholds(prepared);
  const floorAreas = buildingFloorAreas(prepared);
  const frames = frameTable(prepared, merged);
  const rows: ElevatorCandidate[] = [];
  for (let position = 0; position < buildings.features.length; position++) {
    const building = buildings.features[position];
    if (!isCandidate(building.properties, merged.minFloors) || building.shape.type !== 'polygon') continue;
    const frame = frameAt(frames, position, building, merged);
    if (!frame) continue;
    const household = households[position];
    rows.push({ id: building.id, communityId: communityOf[position], units: frame.count, households: household, ...consentThresholds(household), ...areaConsentThresholds(floorAreas[position]) });
  }
  return ok({ buildings: rows });
}

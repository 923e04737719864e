/**
 * Unit footprints in the flat form the elevator analysis returns (UnitFootprints, params.ts),
 * and their GeoJSON: the CLI's JSON output and the map ask for a Polygon per unit.
 */
import type { Polygon } from 'geojson';
import type { ElevatorOutput, ElevatorUnit, UnitFootprints } from './params';

/** Doubles per unit: four corners, lon and lat. */
export const FOOTPRINT_STRIDE = 8;

/** Unit `index`'s footprint as a closed GeoJSON Polygon (a new object each call). */
export function unitFootprint(footprints: UnitFootprints, index: number): Polygon {
  const o = index * FOOTPRINT_STRIDE;
  return {
    type: 'Polygon',
    coordinates: [[
      [footprints[o], footprints[o + 1]],
      [footprints[o + 2], footprints[o + 3]],
      [footprints[o + 4], footprints[o + 5]],
      [footprints[o + 6], footprints[o + 7]],
      [footprints[o], footprints[o + 1]],
    ]],
  };
}

/** A unit as DESIGN §4's JSON lists it: with its footprint as a GeoJSON Polygon. */
export type ElevatorUnitJson = Pick<ElevatorUnit, 'buildingId' | 'communityId' | 'unit' | 'status' | 'reasons'> & {
  footprint: Polygon;
} & Pick<ElevatorUnit, 'sunlight' | 'details'>;

export type ElevatorOutputJson = Omit<ElevatorOutput, 'units' | 'footprints'> & { units: ElevatorUnitJson[] };

/** Unit `index` of the output as DESIGN §4's JSON lists it (a new object each call). */
export function elevatorUnitJson(output: ElevatorOutput, index: number): ElevatorUnitJson {
  const unit = output.units[index];
  return {
    buildingId: unit.buildingId,
    communityId: unit.communityId,
    unit: unit.unit,
    status: unit.status,
    reasons: unit.reasons,
    footprint: unitFootprint(output.footprints, index),
    sunlight: unit.sunlight,
    details: unit.details,
  };
}

/**
 * The output as `analyze elevators` writes it: each unit carries its footprint, and no flat
 * array. `listUnits` makes the units list from its length and elevatorUnitJson; by default an
 * array (the CLI passes a lazy one, so that ≈550k unit objects never exist at once).
 */
export function elevatorJson<Units = ElevatorUnitJson[]>(
  output: ElevatorOutput,
  listUnits: (length: number, at: (index: number) => ElevatorUnitJson) => Units = (length, at) => Array.from({ length }, (_, i) => at(i)) as Units,
): Omit<ElevatorOutputJson, 'units'> & { units: Units } {
  return {
    totals: output.totals,
    units: listUnits(output.units.length, (i) => elevatorUnitJson(output, i)),
    buildings: output.buildings,
    communities: output.communities,
    params: output.params,
    sun: output.sun,
    defaultsApplied: output.defaultsApplied,
    nonResidential: output.nonResidential,
    crowdedFacades: output.crowdedFacades,
    warnings: output.warnings,
  };
}

/**
 * The elevator result packed for its way from the worker to the page. Cloned as it is, its
 * units (≈550k objects at province scale, each with three arrays) took the page about a
 * second to deserialize in one task. Packed, the units are a few typed arrays (transferred,
 * not copied) and two JSON texts holding only the non-empty detail and sunlight lists;
 * unpacking on the page rebuilds the very same ElevatorOutput.
 *
 * packElevatorOutput returns null when the result cannot be packed losslessly (a number JSON
 * would not keep, or units not in their building's order); the worker then sends it as is.
 */
import type { ElevatorOutput, ElevatorUnit, Reason, ReasonDetail, SunlightLoss, UnitStatus } from '../analysis/elevators';
import { REASONS } from '../analysis/elevators/params';

export interface PackedElevatorOutput extends Omit<ElevatorOutput, 'units'> {
  packedUnits: {
    /** Per unit: its row in `buildings` (its buildingId and communityId are that row's). */
    buildingRow: Int32Array;
    unit: Int32Array;
    status: Uint8Array;
    /** Bit r set when REASONS[r] applies (reasons are listed in REASONS order). */
    reasonMask: Int32Array;
    /** Per unit: its place in the details / sunlight lists, −1 when it has none. */
    detailsAt: Int32Array;
    sunlightAt: Int32Array;
    details: string;
    sunlight: string;
  };
}

const STATUSES: readonly UnitStatus[] = ['feasible', 'conditional', 'infeasible'];

export const isPackedElevatorOutput = (value: unknown): value is PackedElevatorOutput =>
  typeof value === 'object' && value !== null && 'packedUnits' in value;

/** JSON that refuses what it would not give back (NaN, ±Infinity become null in JSON). */
function losslessJson(value: unknown): string | null {
  let lossy = false;
  const text = JSON.stringify(value, (_key, field: unknown) => {
    if (typeof field === 'number' && !Number.isFinite(field)) lossy = true;
    if (field === undefined) lossy = true;
    return field;
  });
  return lossy ? null : text;
}

export function packElevatorOutput(output: ElevatorOutput): PackedElevatorOutput | null {
  const count = output.units.length;
  const buildingRow = new Int32Array(count);
  const unit = new Int32Array(count);
  const status = new Uint8Array(count);
  const reasonMask = new Int32Array(count);
  const detailsAt = new Int32Array(count);
  const sunlightAt = new Int32Array(count);
  const details: ReasonDetail[][] = [];
  const sunlight: SunlightLoss[][] = [];
  let row = 0;
  let leftInRow = output.buildings[0]?.units ?? 0;
  for (let i = 0; i < count; i++) {
    const current = output.units[i];
    while (leftInRow === 0 && row < output.buildings.length - 1) leftInRow = output.buildings[++row].units;
    const building = output.buildings[row];
    if (!building || leftInRow === 0 || building.id !== current.buildingId || building.communityId !== current.communityId) return null;
    leftInRow--;
    buildingRow[i] = row;
    unit[i] = current.unit;
    status[i] = STATUSES.indexOf(current.status);
    let mask = 0;
    for (const reason of current.reasons) mask |= 1 << REASONS.indexOf(reason);
    reasonMask[i] = mask;
    detailsAt[i] = current.details.length > 0 ? details.push(current.details) - 1 : -1;
    sunlightAt[i] = current.sunlight.length > 0 ? sunlight.push(current.sunlight) - 1 : -1;
  }
  const detailsText = losslessJson(details);
  const sunlightText = losslessJson(sunlight);
  if (detailsText === null || sunlightText === null) return null;
  const { units: _units, ...rest } = output;
  return { ...rest, packedUnits: { buildingRow, unit, status, reasonMask, detailsAt, sunlightAt, details: detailsText, sunlight: sunlightText } };
}

/** The buffers a packed result hands over instead of copying (the footprints' too). */
export function packedTransferables(packed: PackedElevatorOutput): ArrayBuffer[] {
  const { buildingRow, unit, status, reasonMask, detailsAt, sunlightAt } = packed.packedUnits;
  return [packed.footprints, buildingRow, unit, status, reasonMask, detailsAt, sunlightAt].map((array) => array.buffer as ArrayBuffer);
}

const EMPTY_DETAILS = Object.freeze([]) as unknown as ReasonDetail[];
const EMPTY_SUNLIGHT = Object.freeze([]) as unknown as SunlightLoss[];

export function unpackElevatorOutput(packed: PackedElevatorOutput): ElevatorOutput {
  const { packedUnits, ...rest } = packed;
  const { buildingRow, unit, status, reasonMask, detailsAt, sunlightAt } = packedUnits;
  const details = JSON.parse(packedUnits.details) as ReasonDetail[][];
  const sunlight = JSON.parse(packedUnits.sunlight) as SunlightLoss[][];
  // One reasons array per combination, shared, as the engine shares them.
  const reasonLists = new Map<number, Reason[]>();
  const units = new Array<ElevatorUnit>(buildingRow.length);
  for (let i = 0; i < units.length; i++) {
    const building = packed.buildings[buildingRow[i]];
    let reasons = reasonLists.get(reasonMask[i]);
    if (!reasons) reasonLists.set(reasonMask[i], (reasons = REASONS.filter((_, r) => reasonMask[i] & (1 << r))));
    units[i] = {
      buildingId: building.id,
      communityId: building.communityId,
      unit: unit[i],
      status: STATUSES[status[i]],
      reasons,
      sunlight: sunlightAt[i] < 0 ? EMPTY_SUNLIGHT : sunlight[sunlightAt[i]],
      details: detailsAt[i] < 0 ? EMPTY_DETAILS : details[detailsAt[i]],
    };
  }
  return { ...rest, units };
}

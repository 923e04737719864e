import { describe, expect, it } from 'vitest';
import { runElevators, type ElevatorOutput } from '../analysis/elevators';
import { loadDataDir } from '../cli/data-dir';
import { isPackedElevatorOutput, packedTransferables, packElevatorOutput, unpackElevatorOutput } from './elevator-packing';

function demoResult(): ElevatorOutput {
  const result = runElevators(loadDataDir('data/demo'), { requiredHours: 3 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('elevator result packing (worker → page)', () => {
  const output = demoResult();

  it('gives back the same result after a structured clone with its buffers transferred', () => {
    // The demo has units of every status, with site reasons and with sunlight losses.
    expect(new Set(output.units.map((unit) => unit.status)).size).toBe(3);
    expect(output.units.some((unit) => unit.sunlight.length > 0)).toBe(true);
    const expected = JSON.stringify(output.units);
    const footprints = output.footprints.slice();
    const packed = packElevatorOutput(output)!;
    expect(isPackedElevatorOutput(packed)).toBe(true);
    const received = structuredClone(packed, { transfer: packedTransferables(packed) });
    const unpacked = unpackElevatorOutput(received);
    expect(JSON.stringify(unpacked.units)).toBe(expected);
    expect(unpacked.footprints).toEqual(footprints);
    expect({ ...unpacked, units: null, footprints: null }).toEqual({ ...output, units: null, footprints: null });
    expect(isPackedElevatorOutput(unpacked)).toBe(false);
  });

  it('keeps what the defaults note in the panel reads (defaultsApplied, nonResidential, crowdedFacades)', () => {
    const source = { ...demoResult(), defaultsApplied: { hasElevator: 2, use: 1, roadWidthM: 3, protectedBufferM: 0, communityHouseholds: 1 }, nonResidential: [{ use: '办公', buildings: 4 }], crowdedFacades: 5 };
    const unpacked = unpackElevatorOutput(structuredClone(packElevatorOutput(source)!));
    expect(unpacked.defaultsApplied).toEqual(source.defaultsApplied);
    expect(unpacked.nonResidential).toEqual(source.nonResidential);
    expect(unpacked.crowdedFacades).toBe(5);
  });

  it('sends texts only for the units that have details or losses', () => {
    const packed = packElevatorOutput(demoResult())!;
    const withDetails = output.units.filter((unit) => unit.details.length > 0).length;
    expect((JSON.parse(packed.packedUnits.details) as unknown[]).length).toBe(withDetails);
    expect([...packed.packedUnits.detailsAt].filter((at) => at >= 0).length).toBe(withDetails);
  });

  it('declines what JSON would not keep, and units out of their building order', () => {
    const infinite = demoResult();
    const index = infinite.units.findIndex((unit) => unit.details.length > 0);
    infinite.units[index] = { ...infinite.units[index], details: [{ ...infinite.units[index].details[0], distanceM: Infinity }] };
    expect(packElevatorOutput(infinite)).toBeNull();
    const shuffled = demoResult();
    shuffled.units.reverse();
    expect(packElevatorOutput(shuffled)).toBeNull();
  });
});

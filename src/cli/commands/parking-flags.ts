/**
 * The parking flags of `analyze parking` and `analyze pooling`, checked by the engine's own
 * rules (resolveParkingParams) before any file is read, and a bad value named by the flag the
 * user typed (`--walk`), not by the engine's field (`maxWalkM`).
 */
import { resolveParkingParams, type ParkingParams } from '../../analysis/parking/params';
import { CliInputError, flag, numberFlag, type CliArgs } from '../args';

const FLAG_OF: Record<keyof ParkingParams, string> = {
  ratio: 'ratio', areaPerSpaceM2: 'area-per-space', maxWalkM: 'walk', levels: 'levels', minSpaces: 'min-spaces', mode: 'mode',
};

const RULE: Record<keyof ParkingParams, string> = {
  ratio: 'must be a number ≥ 0',
  areaPerSpaceM2: 'must be a number > 0',
  maxWalkM: 'must be a number ≥ 0',
  levels: 'must be a whole number ≥ 1',
  minSpaces: 'must be a number ≥ 0',
  mode: 'must be one of self, district, cross',
};

/** The numeric parking flags given; a value the engine would refuse is a CliInputError naming the flag. */
export function parkingFlags(args: CliArgs): Partial<ParkingParams> {
  const params: Partial<ParkingParams> = {};
  for (const field of ['ratio', 'areaPerSpaceM2', 'maxWalkM', 'levels', 'minSpaces'] as const) {
    const value = numberFlag(args, FLAG_OF[field]);
    if (value !== undefined) params[field] = value;
  }
  const checked = resolveParkingParams(params);
  if (!checked.ok) {
    const field = checked.error.field as keyof ParkingParams;
    throw new CliInputError(`--${FLAG_OF[field]}: "${flag(args, FLAG_OF[field])}" ${RULE[field]}`);
  }
  return params;
}

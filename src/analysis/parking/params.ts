/**
 * Parameters of the parking analysis (DESIGN §3.1) and their checks. Defaults come from
 * PARKING_DEFAULTS so the sourced values live in one place.
 */
import { POOLING_MODES, type PoolingMode } from '../../model/codes';
import { PARKING_DEFAULTS } from '../../model/standards';
import { err, ok, type Result } from '../../model/types';

export interface ParkingParams {
  /** Spaces wanted per household. */
  ratio: number;
  /** Ground area one space takes, m² (aisles included). */
  areaPerSpaceM2: number;
  /** Storeys of a parking structure; multiplies the capacity. */
  levels: number;
  /** Parcels whose capacity (after × levels) is below this drop out. */
  minSpaces: number;
  /** Walking limit between community and parcel, m (inclusive). */
  maxWalkM: number;
  mode: PoolingMode;
}

export const DEFAULT_PARKING_PARAMS: Readonly<ParkingParams> = Object.freeze({
  ratio: PARKING_DEFAULTS.ratio.value,
  areaPerSpaceM2: PARKING_DEFAULTS.areaPerSpaceM2.value,
  levels: PARKING_DEFAULTS.levels.value,
  minSpaces: PARKING_DEFAULTS.minSpaces.value,
  maxWalkM: PARKING_DEFAULTS.maxWalkM.value,
  mode: PARKING_DEFAULTS.mode.value,
});

const invalid = (field: keyof ParkingParams, value: unknown, rule: string) =>
  err({ code: 'INVALID_PARAM', message: `parking parameter ${field}: ${JSON.stringify(value)} ${rule}`, field });

/** Merges over the defaults and checks every value; an undefined entry keeps its default. */
export function resolveParkingParams(partial: Partial<ParkingParams> = {}): Result<ParkingParams> {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const params = { ...DEFAULT_PARKING_PARAMS, ...defined } as ParkingParams;
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (!finite(params.ratio) || params.ratio < 0) return invalid('ratio', params.ratio, 'must be a number ≥ 0');
  if (!finite(params.areaPerSpaceM2) || params.areaPerSpaceM2 <= 0) return invalid('areaPerSpaceM2', params.areaPerSpaceM2, 'must be a number > 0');
  if (!finite(params.levels) || params.levels < 1 || !Number.isInteger(params.levels)) return invalid('levels', params.levels, 'must be an integer ≥ 1');
  if (!finite(params.minSpaces) || params.minSpaces < 0) return invalid('minSpaces', params.minSpaces, 'must be a number ≥ 0');
  if (!finite(params.maxWalkM) || params.maxWalkM < 0) return invalid('maxWalkM', params.maxWalkM, 'must be a number ≥ 0');
  if (!(POOLING_MODES as readonly string[]).includes(params.mode)) return invalid('mode', params.mode, `must be one of ${POOLING_MODES.join(', ')}`);
  return ok(params);
}

/** demand = ceil(households × ratio), the product rounded to 6 decimals first (§3.6: 50 × 1.1 = 55). */
export function parkingDemand(households: number, ratio: number): number {
  const product = Math.round(households * ratio * 1e6) / 1e6;
  return Math.ceil(product);
}

/**
 * capacity = floor(usable / areaPerSpace) × levels, the quotient rounded to 6 decimals first
 * as demand's product is: a 10 × 30 m parcel measures 299.99999998 ㎡ after the lon/lat round
 * trip, and holds 10 spaces of 30 ㎡, not 9.
 */
export function parcelCapacity(usableAreaM2: number, params: Pick<ParkingParams, 'areaPerSpaceM2' | 'levels'>): number {
  const spaces = Math.round((usableAreaM2 / params.areaPerSpaceM2) * 1e6) / 1e6;
  return Math.floor(spaces) * params.levels;
}

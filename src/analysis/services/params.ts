/**
 * Parameters of the community-services analysis (DESIGN §3.3) and the demand of a community.
 */
import { SERVICE_TYPES, type PoolingMode, type ServiceType } from '../../model/codes';
import type { CommunityProperties } from '../../model/layers';
import { FIELD_DEFAULTS, SERVICE_DEFAULTS, SERVICES_DEFAULTS } from '../../model/standards';
import { err, ok, type Result } from '../../model/types';

export type DistanceKind = 'euclidean' | 'network';

/**
 * Slack for float noise at the inclusive radius (§3.6: limits are inclusive): a distance drawn
 * exactly at the radius comes back a few 1e-10 m over it after the lon/lat round trip. The same
 * slack as parking's walking limit (parking/pairs.ts DISTANCE_EPSILON_M), and below the 6
 * decimals `distanceM` is reported with, so a row never reads "300.01 m, not covered" at 300.01.
 */
export const RADIUS_EPSILON_M = 1e-6;
export const DISTANCE_KINDS: readonly DistanceKind[] = ['euclidean', 'network'];
export const POOLING_MODES: readonly PoolingMode[] = ['self', 'district', 'cross'];

export interface ServicesParams {
  type: ServiceType;
  /** Walking limit; default per type (SERVICE_DEFAULTS). */
  radiusM: number;
  /** Most new sites to choose. */
  sites: number;
  mode: PoolingMode;
  distance: DistanceKind;
  /** Solver time budget in seconds. */
  timeLimitS: number;
  /** Demand per person: a share, or 'elderly' for the community's elderly share; default per type. */
  demandShare: number | 'elderly';
  /** Least site area for a new facility; default per type. */
  minAreaM2: number;
}

export const DEFAULT_SERVICES_PARAMS: Omit<ServicesParams, 'type' | 'radiusM' | 'demandShare' | 'minAreaM2'> = {
  sites: SERVICES_DEFAULTS.sites.value,
  mode: SERVICES_DEFAULTS.mode.value,
  distance: SERVICES_DEFAULTS.distance.value,
  timeLimitS: SERVICES_DEFAULTS.timeLimitS.value,
};

const bad = (field: string, message: string) => err({ code: 'BAD_PARAMETER', message: `services: ${field} ${message}`, field });

/** Fills defaults for the type and checks every value. */
export function resolveServicesParams(params: Partial<ServicesParams> | undefined): Result<ServicesParams> {
  const type = params?.type;
  if (!type || !(SERVICE_TYPES as readonly string[]).includes(type)) {
    return bad('type', `"${String(type)}" is not one of ${SERVICE_TYPES.join(', ')}`);
  }
  const defaults = SERVICE_DEFAULTS[type];
  const resolved: ServicesParams = {
    ...DEFAULT_SERVICES_PARAMS,
    radiusM: defaults.radiusM.value,
    demandShare: defaults.demandShare,
    minAreaM2: defaults.minAreaM2.value,
    ...Object.fromEntries(Object.entries(params ?? {}).filter(([, v]) => v !== undefined)),
    type,
  };
  if (!(Number.isFinite(resolved.radiusM) && resolved.radiusM >= 0)) return bad('radiusM', 'must be a number ≥ 0');
  if (!(Number.isInteger(resolved.sites) && resolved.sites >= 0)) return bad('sites', 'must be a whole number ≥ 0');
  if (!POOLING_MODES.includes(resolved.mode)) return bad('mode', `must be one of ${POOLING_MODES.join(', ')}`);
  if (!DISTANCE_KINDS.includes(resolved.distance)) return bad('distance', `must be one of ${DISTANCE_KINDS.join(', ')}`);
  if (!(Number.isFinite(resolved.timeLimitS) && resolved.timeLimitS > 0)) return bad('timeLimitS', 'must be a number > 0');
  if (resolved.demandShare !== 'elderly' && !(Number.isFinite(resolved.demandShare) && resolved.demandShare >= 0)) {
    return bad('demandShare', 'must be a number ≥ 0 or "elderly"');
  }
  if (!(Number.isFinite(resolved.minAreaM2) && resolved.minAreaM2 >= 0)) return bad('minAreaM2', 'must be a number ≥ 0');
  return ok(resolved);
}

export interface DemandOf {
  demand: number;
  /** Fields that took their documented default (DESIGN §3.6). */
  defaulted: ('population' | 'elderlyShare')[];
}

/** Demand of a community for a service: population (default households × 2.6) × the type's share. */
export function communityDemand(properties: CommunityProperties, share: number | 'elderly'): DemandOf {
  const defaulted: DemandOf['defaulted'] = [];
  let population = properties.population;
  if (population === undefined || population === null) {
    population = (properties.households ?? 0) * FIELD_DEFAULTS.populationPerHousehold;
    defaulted.push('population');
  }
  let factor: number;
  if (share === 'elderly') {
    factor = properties.elderlyShare ?? FIELD_DEFAULTS.elderlyShare;
    if (properties.elderlyShare === undefined || properties.elderlyShare === null) defaulted.push('elderlyShare');
  } else factor = share;
  // Six decimals take away float noise such as 52.00000000000001.
  return { demand: Math.round(population * factor * 1e6) / 1e6, defaulted };
}

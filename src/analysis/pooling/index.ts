/**
 * District pooling (片区联动, DESIGN §3.4, §3.6 "Pooling", §4): per district, households, idle
 * land, the parking deficit and how a cross-district pooling of idle land meets it (inside the
 * district, imported, exported), and the share of service demand existing facilities cover.
 * The table a review meeting reads first; its flows between districts feed the map's arcs.
 */
import { SERVICE_TYPES, type ServiceType } from '../../model/codes';
import { err, ok, type LayerSet, type Result } from '../../model/types';
import { runParking, type ParkingOutput, type ParkingParams } from '../parking';
import { resolveParkingParams } from '../parking/params';
import { prepareLayers } from '../prepare';
import type { RunOptions } from '../run-options';
import { runServices, type DistanceKind, type ServicesOutput } from '../services';
import { DISTANCE_KINDS } from '../services/params';
import { poolingTable, type PoolingFlow, type PoolingRow, type PoolingTotals } from './table';

export { sameDistrict, type CoverageShares, type PoolingFlow, type PoolingRow, type PoolingTotals } from './table';

/** Parking parameters (the mode is always cross, §3.6) and the distance for coverage. */
export interface PoolingParams extends Omit<ParkingParams, 'mode'> {
  distance: DistanceKind;
}

export const DEFAULT_POOLING_PARAMS: Readonly<{ distance: DistanceKind }> = Object.freeze({ distance: 'euclidean' });

export interface PoolingOutput {
  params: { parking: ParkingParams; distance: DistanceKind };
  /** Districts in file order, then a row with id null for features in no district (if any). */
  districts: PoolingRow[];
  /** Parking spaces between districts (land in `from`, cars in `to`), for the map's arcs. */
  flows: PoolingFlow[];
  totals: PoolingTotals;
  /** The defaults the parking and coverage runs behind the table took (DESIGN §2: the result says so). */
  defaultsApplied: ParkingOutput['defaultsApplied'] & ServicesOutput['defaultsApplied'];
}

export async function runPooling(
  layers: LayerSet,
  params: Partial<PoolingParams & { mode: unknown }> = {},
  options: RunOptions = {},
): Promise<Result<PoolingOutput>> {
  try {
    return await poolingUnsafe(layers, params, options);
  } catch (error) {
    return err({ code: 'ANALYSIS_FAILED', message: `pooling: ${(error as Error)?.message ?? String(error)}` });
  }
}

async function poolingUnsafe(layers: LayerSet, params: Partial<PoolingParams & { mode: unknown }>, options: RunOptions): Promise<Result<PoolingOutput>> {
  const { distance = DEFAULT_POOLING_PARAMS.distance, mode: _ignored, ...parkingPartial } = params;
  if (!DISTANCE_KINDS.includes(distance)) {
    return err({ code: 'INVALID_PARAM', message: `pooling parameter distance: ${JSON.stringify(distance)} must be one of ${DISTANCE_KINDS.join(', ')}`, field: 'distance' });
  }
  // The flows are those of a cross run (§3.6), whatever mode the caller's parking view shows.
  const parkingParams = resolveParkingParams({ ...parkingPartial, mode: 'cross' });
  if (!parkingParams.ok) return parkingParams;
  if (!layers.communities?.features.length) {
    return err({ code: 'MISSING_LAYER', message: 'pooling: the communities layer is missing or empty', layer: 'communities' });
  }
  const progress = options.onProgress ?? (() => {});

  const parking = await runParking(layers, parkingParams.value, { onProgress: (f) => progress(0.5 * f, 'parking') });
  if (!parking.ok) return parking;

  // Existing facilities only: no siting (sites 0), so the mode of services does not matter.
  const services = {} as Record<ServiceType, ServicesOutput>;
  for (const [i, type] of SERVICE_TYPES.entries()) {
    const result = await runServices(layers, { type, sites: 0, distance }, {
      onProgress: (f) => progress(0.5 + (0.5 * (i + f)) / SERVICE_TYPES.length, type),
    });
    if (!result.ok) return result;
    services[type] = result.value;
  }

  const table = poolingTable(prepareLayers(layers), parking.value, services);
  progress(1, 'done');
  // Each type counts the communities whose demand took a default; a field only some types read
  // (elderlyShare) is counted by those, so the most over the types is the number of communities.
  const coverageDefaults = { population: 0, elderlyShare: 0 };
  for (const type of SERVICE_TYPES) {
    for (const field of ['population', 'elderlyShare'] as const) coverageDefaults[field] = Math.max(coverageDefaults[field], services[type].defaultsApplied[field]);
  }
  return ok({ params: { parking: parkingParams.value, distance }, ...table, defaultsApplied: { ...parking.value.defaultsApplied, ...coverageDefaults } });
}

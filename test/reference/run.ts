/** Engine runs for the differential tests, each paired with its comparison. */
import { runParking, type ParkingOutput } from '../../src/analysis/parking';
import { runPooling, type PoolingOutput } from '../../src/analysis/pooling';
import { runServices, type ServicesOutput } from '../../src/analysis/services';
import type { LayerSet } from '../../src/model/types';
import { compareParking, type ParkingComparison } from './compare-parking';
import { compareServices } from './compare-services';
import type { RefParkingParams } from './parking';
import { comparePoolingRows, referencePooling } from './pooling';
import type { RefServices, RefServicesParams } from './services';

export async function checkParking(layers: LayerSet, params: Partial<RefParkingParams> = {}): Promise<{ engine: ParkingOutput } & ParkingComparison> {
  const result = await runParking(layers, params);
  if (!result.ok) throw new Error(result.error.message);
  return { engine: result.value, ...(await compareParking(layers, params, result.value)) };
}

export async function checkServices(layers: LayerSet, params: RefServicesParams): Promise<{ engine: ServicesOutput; problems: string[]; ref: RefServices }> {
  const result = await runServices(layers, { ...params, distance: 'euclidean' });
  if (!result.ok) throw new Error(result.error.message);
  return { engine: result.value, ...(await compareServices(layers, params, result.value)) };
}

/** Pooling against the reference; the cross-mode parking behind it is compared too (its problems come first, marked). */
export async function checkPooling(layers: LayerSet, params: Partial<Omit<RefParkingParams, 'mode'>> = {}): Promise<{ engine: PoolingOutput; problems: string[] }> {
  const result = await runPooling(layers, params);
  if (!result.ok) throw new Error(result.error.message);
  const parking = await checkParking(layers, { ...params, mode: 'cross' });
  const rows = await referencePooling(layers, params, parking.engine.flows);
  const problems = [...parking.problems.map((p) => `parking (cross): ${p}`), ...comparePoolingRows(result.value.districts, rows)];
  const allocated = result.value.districts.reduce((t, r) => t + r.parkingMetInside + r.parkingImported, 0);
  if (allocated !== parking.ref.totals.allocated) problems.push(`pooling: ${allocated} spaces met or imported vs the reference maximum ${parking.ref.totals.allocated}`);
  return { engine: result.value, problems };
}

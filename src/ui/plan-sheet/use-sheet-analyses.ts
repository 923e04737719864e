/**
 * The four worker analyses the sheet reads, each run once with default parameters for the
 * whole dataset (a batch sheet slices the same results per community): parking, elevators,
 * the facility census (life circles) and priority (for the residents' survey and votes).
 */
import { useAnalysis } from '../use-analysis';
import type { ElevatorOutput } from '../../analysis/elevators';
import type { ParkingOutput } from '../../analysis/parking';
import type { PriorityOutput } from '../../analysis/priority';
import type { LifeCircleOutput } from '../../analysis/services';
import type { Pending } from './FindingsSections';

interface Slot<T> {
  data: T | undefined;
  /** pending while it runs, failed when it errs, null once it has landed. */
  state: Pending;
}

export interface SheetAnalyses {
  parking: Slot<ParkingOutput>;
  elevators: Slot<ElevatorOutput>;
  lifeCircles: Slot<LifeCircleOutput>;
  priority: Slot<PriorityOutput>;
  /** True when every analysis has landed or failed: the sheet is ready to print. */
  settled: boolean;
}

// Stable parameter objects: they are the query keys.
const NO_PARAMS = {};
const CENSUS_PARAMS = { distance: 'euclidean' as const };

const slot = <T,>(query: { data: T | undefined; isError: boolean; isSuccess: boolean }): Slot<T> => ({
  data: query.data,
  state: query.isError ? 'failed' : query.isSuccess ? null : 'pending',
});

export function useSheetAnalyses(enabled: boolean): SheetAnalyses {
  const parking = slot(useAnalysis('parking', NO_PARAMS, enabled));
  const elevators = slot(useAnalysis('elevators', NO_PARAMS, enabled));
  const lifeCircles = slot(useAnalysis('lifeCircles', CENSUS_PARAMS, enabled));
  const priority = slot(useAnalysis('priority', NO_PARAMS, enabled));
  const settled = [parking, elevators, lifeCircles, priority].every((s) => s.state !== 'pending');
  return { parking, elevators, lifeCircles, priority, settled };
}

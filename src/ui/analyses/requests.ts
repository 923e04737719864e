/**
 * The worker requests an analysis panel makes for given URL parameters — the single place
 * that turns a view's URL into analysis parameters, shared by the panels' figures and by
 * presenter mode's prefetch (so every scene is computed before it is shown).
 */
import type { AnalysisName } from '../../state/store';
import { paramsFromUrl } from '../components/params';
import { ELEVATOR_SPECS } from './elevator-specs';
import { PARKING_SPECS } from './parking-specs';
import { SERVICES_SPECS } from './services-specs';
import { weightsFromUrl } from './priority-weights';
import { poolingParams } from './pooling-params';
import { comparing, scenarioBUrl } from './scenario-b';

export interface AnalysisRequest {
  name: 'summary' | 'dashboard' | 'parking' | 'parkingModes' | 'elevators' | 'services' | 'catchment' | 'lifeCircles' | 'pooling' | 'priority';
  params: Record<string, unknown>;
}

export function servicesParams(url: Record<string, string>) {
  const raw = paramsFromUrl(SERVICES_SPECS, url) as Record<string, unknown> & { type: string; radiusM: number; distance: string };
  return { ...raw, radiusM: raw.radiusM > 0 ? raw.radiusM : undefined };
}

/**
 * Every query the panel of `analysis` makes for these URL parameters (the first is the one its
 * figures come from), scenario B's included when the view compares (方案比选).
 */
export function requestsFor(analysis: AnalysisName, url: Record<string, string>): AnalysisRequest[] {
  switch (analysis) {
    case 'parking': {
      const params = paramsFromUrl(PARKING_SPECS, url);
      const b: AnalysisRequest[] = comparing(url) ? [{ name: 'parking', params: paramsFromUrl(PARKING_SPECS, scenarioBUrl(PARKING_SPECS, url)) }] : [];
      return [{ name: 'parking', params }, { name: 'parkingModes', params: { ...params, mode: undefined } }, ...b];
    }
    case 'elevators':
      return [{ name: 'elevators', params: paramsFromUrl(ELEVATOR_SPECS, url) }];
    case 'services': {
      const params = servicesParams(url);
      const b: AnalysisRequest[] = comparing(url) ? [{ name: 'services', params: servicesParams(scenarioBUrl(SERVICES_SPECS, url)) }] : [];
      return [
        { name: 'services', params },
        // The catchment the map draws (ServicesPanel asks for it with these three).
        { name: 'catchment', params: { type: params.type, radiusM: params.radiusM, distance: params.distance } },
        { name: 'lifeCircles', params: { distance: params.distance } },
        ...b,
      ];
    }
    // As PoolingPanel and PriorityPanel ask for them (parking's parameters; the weights in the URL).
    case 'pooling':
      return [{ name: 'pooling', params: poolingParams(url) }];
    case 'priority':
      return [{ name: 'priority', params: { weights: weightsFromUrl(url) } }];
    default:
      return [{ name: 'summary', params: {} }];
  }
}

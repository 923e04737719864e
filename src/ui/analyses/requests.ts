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

export interface AnalysisRequest {
  name: 'summary' | 'parking' | 'parkingModes' | 'elevators' | 'services' | 'lifeCircles' | 'pooling' | 'priority';
  params: Record<string, unknown>;
}

export function servicesParams(url: Record<string, string>) {
  const raw = paramsFromUrl(SERVICES_SPECS, url) as Record<string, unknown> & { radiusM: number; distance: string };
  return { ...raw, radiusM: raw.radiusM > 0 ? raw.radiusM : undefined };
}

export function requestsFor(analysis: AnalysisName, url: Record<string, string>): AnalysisRequest[] {
  switch (analysis) {
    case 'parking': {
      const params = paramsFromUrl(PARKING_SPECS, url);
      return [{ name: 'parking', params }, { name: 'parkingModes', params: { ...params, mode: undefined } }];
    }
    case 'elevators':
      return [{ name: 'elevators', params: paramsFromUrl(ELEVATOR_SPECS, url) }];
    case 'services': {
      const params = servicesParams(url);
      return [{ name: 'services', params }, { name: 'lifeCircles', params: { distance: params.distance } }];
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

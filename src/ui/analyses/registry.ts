/**
 * The analysis panels, each loaded when first opened (keeps the first frame's JS small).
 * Adding an analysis to the app is one entry here and one function in the worker's api.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StringKey } from '../../i18n/strings';
import type { AnalysisName } from '../../state/store';

export interface AnalysisEntry {
  name: AnalysisName;
  label: StringKey;
  Panel: LazyExoticComponent<ComponentType>;
}

export const ANALYSIS_PANELS: AnalysisEntry[] = [
  { name: 'summary', label: 'analysis.summary', Panel: lazy(() => import('./SummaryPanel')) },
  { name: 'parking', label: 'analysis.parking', Panel: lazy(() => import('./ParkingPanel')) },
  { name: 'elevators', label: 'analysis.elevators', Panel: lazy(() => import('./ElevatorPanel')) },
  { name: 'services', label: 'analysis.services', Panel: lazy(() => import('./ServicesPanel')) },
  { name: 'pooling', label: 'analysis.pooling', Panel: lazy(() => import('./PoolingPanel')) },
  { name: 'priority', label: 'analysis.priority', Panel: lazy(() => import('./PriorityPanel')) },
];

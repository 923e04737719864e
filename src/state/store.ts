/**
 * The app state: one small external store read through useSyncExternalStore (the engine
 * stays outside React, as in tldraw). All writes go through `update`, which also keeps
 * the URL hash in step (DESIGN §5).
 */
import { useSyncExternalStore } from 'react';
import type { Lang } from '../i18n/strings';
import type { LayerName } from '../model/layer-names';
import type { FeatureId } from '../model/types';
import type { Scene } from './scenes';
import type { BasemapId } from '../map/basemaps';
import type { LayerOpacity } from '../map/layer-opacity';

export type AnalysisName = 'summary' | 'parking' | 'elevators' | 'services' | 'pooling' | 'priority';

export interface Camera {
  longitude: number;
  latitude: number;
  zoom: number;
  pitch: number;
  bearing: number;
}

export interface Selection {
  layer: LayerName;
  id: FeatureId;
}

export interface AppState {
  lang: Lang;
  analysis: AnalysisName;
  /** Parameters of the active analysis as they appear in the URL (strings). */
  params: Record<string, string>;
  visibleLayers: LayerName[];
  /** Per-layer opacity factor 0–1 (map/layer-opacity.ts); a layer not listed is drawn as its style says. */
  layerOpacity: LayerOpacity;
  camera: Camera | null;
  selection: Selection | null;
  year: number | null;
  /** The online basemap under the layers (map/basemaps.ts); 'none' (offline) by default. */
  basemap: BasemapId;
  /** What communities are coloured by: status (default), category, propertyManagement, item:<code>. */
  colourBy: string;
  /** Cross-filter set by clicking a chart segment or a district (issue 6). */
  filter: { districtId?: string; status?: string };
  panels: { left: boolean; right: boolean; bottom: boolean };
  /** Presenter scenes (not in the URL hash: saved with the workspace and the project file). */
  scenes: Scene[];
  /** Index of the scene shown in presenter mode, or null when not presenting. */
  presenting: number | null;
  /** The plan sheet (一案一策) shown instead of the workspace: `C0001` or `district:D001`, with edited unit costs. */
  sheet: PlanSheetState | null;
}

export interface PlanSheetState {
  target: string;
  /** Unit costs the planner changed on the sheet (item → value); the rest keep their defaults. */
  costs: Record<string, number>;
  /** 'review': the joint review form (联合评审意见表, URL `form=review`) of the same target instead of the plan sheet. */
  kind?: 'review';
}

export const DEFAULT_VISIBLE: LayerName[] = ['districts', 'communities', 'buildings', 'idleLand', 'facilities', 'roads', 'protected'];

export const initialState: AppState = {
  lang: 'zh',
  analysis: 'summary',
  params: {},
  visibleLayers: DEFAULT_VISIBLE,
  layerOpacity: {},
  camera: null,
  selection: null,
  year: null,
  filter: {},
  colourBy: 'status',
  basemap: 'none',
  panels: { left: true, right: true, bottom: true },
  scenes: [],
  presenting: null,
  sheet: null,
};

type Listener = () => void;

export function createStore<T>(initial: T) {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(change: Partial<T> | ((current: T) => Partial<T>)) {
      const patch = typeof change === 'function' ? change(state) : change;
      state = { ...state, ...patch };
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const appStore = createStore<AppState>(initialState);

export function useAppState<T>(selector: (state: AppState) => T): T {
  return useSyncExternalStore(appStore.subscribe, () => selector(appStore.get()));
}

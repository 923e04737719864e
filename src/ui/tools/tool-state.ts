/**
 * State of the map tools (测距, 测面, 绘制选址) kept outside React in a small store, with
 * pure transitions so the drawing rules are tested without a map. The map events
 * (use-map-tool.ts) and the toolbar (MapTools.tsx) only call these transitions.
 */
import { useSyncExternalStore } from 'react';
import type { IdleLandKind } from '../../model/codes';
import { createStore } from '../../state/store';
import { crossesItself, type LonLat } from './measure';

export type ToolName = 'distance' | 'area' | 'site';

export interface ToolState {
  tool: ToolName | null;
  /** Vertices clicked so far, lon/lat. */
  points: LonLat[];
  /** Where the pointer is: the rubber-band end while drawing. */
  hover: LonLat | null;
  /** A finished measurement stays on screen until the next click starts a new one. */
  finished: boolean;
  /** Why the last finish was refused, shown in the toolbar; null when fine. */
  problem: 'tooFewPoints' | 'crossesItself' | null;
  siteKind: IdleLandKind;
  siteName: string;
}

export const INITIAL_TOOL_STATE: ToolState = { tool: null, points: [], hover: null, finished: false, problem: null, siteKind: 'vacant', siteName: '' };

/** Fewest vertices that make each tool's shape. */
export const MINIMUM_POINTS: Record<ToolName, number> = { distance: 2, area: 3, site: 3 };

/** Picks a tool; picking the active one again puts it away (a toggle button). */
export function chooseTool(state: ToolState, tool: ToolName | null): ToolState {
  const next = state.tool === tool ? null : tool;
  return { ...state, tool: next, points: [], hover: null, finished: false, problem: null };
}

export function addPoint(state: ToolState, at: LonLat): ToolState {
  if (!state.tool) return state;
  // After a finished measurement, a click begins the next one.
  const points = state.finished ? [at] : [...state.points, at];
  return { ...state, points, finished: false, problem: null };
}

export function moveHover(state: ToolState, at: LonLat | null): ToolState {
  return state.tool ? { ...state, hover: at } : state;
}

export function removeLastPoint(state: ToolState): ToolState {
  if (state.finished || state.points.length === 0) return state;
  return { ...state, points: state.points.slice(0, -1), problem: null };
}

/** Esc: first drops the shape being drawn, then (with nothing drawn) leaves the tool. */
export function cancel(state: ToolState): ToolState {
  if (state.points.length > 0) return { ...state, points: [], finished: false, problem: null };
  return chooseTool(state, null);
}

export interface FinishOutcome {
  state: ToolState;
  /** The vertices of a completed candidate site, to be committed through applyEdit. */
  site: LonLat[] | null;
}

/**
 * Double-click or Enter. A measurement freezes on screen; a valid site is handed back for
 * the edit and the tool is put away (the map returns to picking features).
 */
export function finish(state: ToolState): FinishOutcome {
  if (!state.tool || state.finished) return { state, site: null };
  if (state.points.length < MINIMUM_POINTS[state.tool]) return { state: { ...state, problem: 'tooFewPoints' }, site: null };
  if (state.tool !== 'distance' && crossesItself(state.points)) return { state: { ...state, problem: 'crossesItself' }, site: null };
  if (state.tool === 'site') return { state: { ...chooseTool(state, null), siteName: '' }, site: state.points };
  return { state: { ...state, finished: true, hover: null, problem: null }, site: null };
}

/** The points to draw: the clicked ones plus the pointer while still drawing. */
export function displayPoints(state: ToolState): LonLat[] {
  return !state.finished && state.hover && state.points.length > 0 ? [...state.points, state.hover] : state.points;
}

export const toolStore = createStore<ToolState>(INITIAL_TOOL_STATE);

/** Whether a tool owns map clicks now (MapView then skips feature picking). */
export const isToolActive = () => toolStore.get().tool !== null;

export function useToolState(): ToolState {
  return useSyncExternalStore(toolStore.subscribe, toolStore.get);
}

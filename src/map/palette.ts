/**
 * One palette, meaning the same everywhere (UX.md "Look"): map, legend, charts and print.
 */
import type { FacilityType, IdleLandKind, RenovationStatus } from '../model/codes';

export type RGB = [number, number, number];

export const STATUS_COLOURS: Record<RenovationStatus, string> = {
  candidate: '#9e9e9e',
  planned: '#90caf9',
  approved: '#1e88e5',
  under_construction: '#ffb300',
  completed: '#43a047',
};

export const VERDICT_COLOURS = { feasible: '#2e7d32', conditional: '#f9a825', infeasible: '#c62828' } as const;
/** The mark each verdict carries besides its colour, on the map, its key and the plan sheet. */
export const VERDICT_MARKS = { feasible: '✓', conditional: '!', infeasible: '✕' } as const;
/** Ink for a verdict's mark drawn on its colour (a swatch, never text in the colour: amber text is 1.8 : 1 on a light panel). */
export const VERDICT_MARK_INK = { feasible: '#ffffff', conditional: '#1f2933', infeasible: '#ffffff' } as const;

export const IDLE_LAND_COLOURS: Record<IdleLandKind, string> = {
  vacant: '#d7c29e',
  wasteland: '#a1887f',
  idle_land: '#c5a46d',
  leftover: '#e6b89c',
  idle_building: '#8d6e63',
};

export const FACILITY_COLOURS: Record<FacilityType, string> = {
  elderly_care: '#8e24aa',
  childcare: '#ec407a',
  canteen: '#fb8c00',
  market: '#00897b',
  clinic: '#e53935',
  community_service: '#3949ab',
  parking: '#546e7a',
  ev_charging: '#00acc1',
};

/** The alpha (0–255) of a facility's dot on the map; its key in the PNG legend draws the same. */
export const FACILITY_FILL_ALPHA = 235;

/** Buildings by floors: light for low, dark for high. */
export const FLOOR_STEPS: [number, string][] = [
  [1, '#eceff1'],
  [4, '#cfd8dc'],
  [6, '#b0bec5'],
  [8, '#90a4ae'],
  [12, '#607d8b'],
];

export const BASE_COLOURS = {
  background: '#f4f1ea',
  districtLine: '#5c6bc0',
  districtFill: '#e8eaf6',
  communityLine: '#37474f',
  road: '#ffffff',
  roadCasing: '#b0a99f',
  fireLane: '#ef9a9a',
  protected: '#6d4c41',
  highlight: '#ff6f00',
};

export function hexToRgb(hex: string): RGB {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

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

/**
 * The idle land under 深色 (drawn at 0.85, style.ts): the light tans glared on the dark ground
 * (vacant 7.2, leftover 7.0, idle land 5.4 : 1 as drawn), so each kind takes a darker, earthier
 * shade of its hue, in the same order of lightness, still apart from each other.
 */
export const DARK_IDLE_LAND_COLOURS: Record<IdleLandKind, string> = {
  vacant: '#a29277',
  wasteland: '#826e66',
  idle_land: '#917850',
  leftover: '#9f806c',
  idle_building: '#886252',
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

/** Buildings by floors: light for low, dark for high (the light theme's; FLOOR_STEPS_OF has each theme's). */
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

/**
 * The basemap the app draws itself (style.ts) under 深色 (ui/theme.ts): a dark ground, lighter
 * lines and names, darker buildings (DARK_FLOOR_STEPS). The community fills that drew too weak
 * on it take a lighter shade of the same hue (DARK_STATUS_COLOURS, community-colours.ts), as do
 * the parking view's (layers/parking-colours.ts) and the other views' (layers/view-colours.ts);
 * the idle land a darker shade (DARK_IDLE_LAND_COLOURS); the facility colours are not changed.
 * Exports are drawn light (AtlasMap.lightFor).
 */
export type MapTheme = 'light' | 'dark';

export const BASEMAP_THEMES: Record<MapTheme, {
  background: string; districtFill: string; districtLine: string; communityLine: string; idleLine: string;
  road: string; roadCasing: string; fireLane: string; districtLabel: string; communityLabel: string; labelHalo: string;
}> = {
  light: {
    background: BASE_COLOURS.background, districtFill: BASE_COLOURS.districtFill, districtLine: BASE_COLOURS.districtLine,
    communityLine: BASE_COLOURS.communityLine, idleLine: '#6d4c41', road: BASE_COLOURS.road, roadCasing: BASE_COLOURS.roadCasing,
    fireLane: BASE_COLOURS.fireLane, districtLabel: '#283593', communityLabel: '#263238', labelHalo: '#ffffff',
  },
  dark: {
    background: '#1b2025', districtFill: '#2c3150', districtLine: '#9fa8da', communityLine: '#b0bec5', idleLine: '#bcaaa4',
    road: '#59636d', roadCasing: '#2b3136', fireLane: '#e57373', districtLabel: '#c5cae9', communityLabel: '#eceff1', labelHalo: '#1b2025',
  },
};

/**
 * Buildings by floors under 深色: dark slate for low, lighter for high, so the taller still reads
 * stronger on the dark ground without the light ramp's glare (style.ts themePaint, the legend).
 */
export const DARK_FLOOR_STEPS: [number, string][] = [
  [1, '#37474f'],
  [4, '#455a64'],
  [6, '#546e7a'],
  [8, '#78909c'],
  [12, '#90a4ae'],
];

export const FLOOR_STEPS_OF: Record<MapTheme, [number, string][]> = { light: FLOOR_STEPS, dark: DARK_FLOOR_STEPS };

/**
 * The status fills under 深色 (drawn at 0.4 over the dark ground, style.ts): approved and
 * completed a lighter shade of the same hue (blue 400, green 400), the others as in light.
 * style-theme.test.ts checks each against the ground.
 */
export const DARK_STATUS_COLOURS: Record<RenovationStatus, string> = {
  ...STATUS_COLOURS,
  approved: '#42a5f5',
  completed: '#66bb6a',
};

export const STATUS_COLOURS_OF: Record<MapTheme, Record<RenovationStatus, string>> = { light: STATUS_COLOURS, dark: DARK_STATUS_COLOURS };

export const IDLE_LAND_COLOURS_OF: Record<MapTheme, Record<IdleLandKind, string>> = { light: IDLE_LAND_COLOURS, dark: DARK_IDLE_LAND_COLOURS };

export function hexToRgb(hex: string): RGB {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

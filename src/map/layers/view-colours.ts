/**
 * The elevator, services, priority and pooling views' colours by theme, as parking-colours.ts
 * has the parking view's. Under 深色 a colour that drew too weak on the dark ground (#1b2025),
 * or glared on it, takes a shade of the same hue: lighter where too weak, darker where glaring;
 * style-theme.test.ts measures every one against the ground. The light ones are unchanged, and
 * exports are drawn light (AtlasMap.lightFor). The verdicts keep their meaning (可行 green,
 * 需协调 amber, 不可行 red) and their marks and patterns.
 */
import { hexToRgb, type MapTheme, type RGB, VERDICT_COLOURS } from '../palette';

export type RGBA = [number, number, number, number];

export interface ElevatorColours {
  /** The units' and the overview's verdict colours (drawn at their own alphas). */
  verdict: Record<keyof typeof VERDICT_COLOURS, RGB>;
  /** The overview's communities without candidate units. */
  noCandidate: RGBA;
  unitOutline: RGBA;
  sunNeighbourFill: RGBA;
  sunNeighbourLine: RGBA;
  selectedLine: RGBA;
  shaftShadow: RGBA;
  buildingShadow: RGBA;
}

const LIGHT_VERDICT = {
  feasible: hexToRgb(VERDICT_COLOURS.feasible),
  conditional: hexToRgb(VERDICT_COLOURS.conditional),
  infeasible: hexToRgb(VERDICT_COLOURS.infeasible),
};

export const ELEVATOR_COLOURS: Record<MapTheme, ElevatorColours> = {
  light: {
    verdict: LIGHT_VERDICT,
    noCandidate: [245, 245, 245, 230],
    unitOutline: [33, 33, 33, 255],
    sunNeighbourFill: [249, 168, 37, 60],
    sunNeighbourLine: [230, 120, 0, 255],
    selectedLine: [255, 111, 0, 255],
    shaftShadow: [183, 28, 28, 110],
    buildingShadow: [38, 50, 56, 70],
  },
  dark: {
    verdict: { ...LIGHT_VERDICT, infeasible: [229, 57, 53] }, // red 600
    noCandidate: [117, 117, 117, 230], // grey 600: near-white glared over every community
    unitOutline: [120, 144, 156, 255], // blue grey 400
    sunNeighbourFill: [249, 168, 37, 100], // the same amber, less faint
    sunNeighbourLine: [230, 120, 0, 255],
    selectedLine: [255, 111, 0, 255],
    shaftShadow: [229, 115, 115, 150], // red 300
    // A shadow darker than the dark ground cannot be seen (1.27 : 1 at most): a lighter slate.
    buildingShadow: [144, 164, 174, 100], // blue grey 300
  },
};

export interface ServicesColours {
  covered: RGBA;
  newly: RGBA;
  uncovered: RGBA;
  communityLine: RGBA;
  /** A faint wash inside the circles: their outline (catchmentLine) is what the key shows. */
  catchmentFill: RGBA;
  catchmentLine: RGBA;
  catchmentPath: RGBA;
  link: RGBA;
  siteFill: RGBA;
  siteLine: RGBA;
}

export const SERVICES_COLOURS: Record<MapTheme, ServicesColours> = {
  light: {
    covered: [67, 160, 71, 140],
    newly: [30, 136, 229, 160],
    uncovered: [211, 47, 47, 150],
    communityLine: [40, 40, 40, 200],
    catchmentFill: [94, 53, 177, 25],
    catchmentLine: [94, 53, 177, 180],
    catchmentPath: [94, 53, 177, 220],
    link: [30, 136, 229, 230],
    siteFill: [30, 136, 229, 200],
    siteLine: [13, 71, 161, 255],
  },
  dark: {
    covered: [67, 160, 71, 140],
    newly: [30, 136, 229, 160],
    uncovered: [239, 83, 80, 150], // red 400
    communityLine: [158, 158, 158, 200], // grey 500
    catchmentFill: [179, 157, 219, 25], // deep purple 200, as its line
    catchmentLine: [179, 157, 219, 180],
    catchmentPath: [179, 157, 219, 220],
    link: [30, 136, 229, 230],
    siteFill: [30, 136, 229, 200],
    siteLine: [144, 202, 249, 255], // blue 200
  },
};

export interface ResidentsColours {
  /** The heat ramp's ends, "least" → "most" urgent or asked for, drawn at `heatAlpha`. */
  heatLow: RGB;
  heatHigh: RGB;
  heatAlpha: number;
  noValue: RGBA;
  communityLine: RGBA;
}

export const RESIDENTS_COLOURS: Record<MapTheme, ResidentsColours> = {
  light: { heatLow: [255, 237, 160], heatHigh: [185, 37, 30], heatAlpha: 200, noValue: [200, 200, 200, 110], communityLine: [90, 40, 20, 200] },
  // The pale yellow end glared, the deep red one drew too weak: a dark gold → red 300, stronger on the dark ground for more; a brown 300 outline.
  dark: { heatLow: [130, 115, 50], heatHigh: [229, 115, 115], heatAlpha: 200, noValue: [200, 200, 200, 110], communityLine: [161, 136, 127, 200] },
};

export interface PoolingColours {
  arcFrom: RGBA;
  arcTo: RGBA;
  /** The choropleth's ends, the lowest value → the highest, drawn at `choroplethAlpha`. */
  choroplethLow: RGB;
  choroplethHigh: RGB;
  choroplethAlpha: number;
  noValue: RGBA;
  districtLine: RGBA;
}

export const POOLING_COLOURS: Record<MapTheme, PoolingColours> = {
  light: {
    arcFrom: [230, 81, 0, 230], arcTo: [13, 71, 161, 230],
    choroplethLow: [222, 235, 247], choroplethHigh: [32, 85, 147], choroplethAlpha: 190, noValue: [200, 200, 200, 120], districtLine: [40, 53, 147, 255],
  },
  // Navy was too weak on the dark ground, the palest blue glared: blue 300 arcs; the choropleth brighter for more (blue 700 → blue 300), as the parcels are.
  dark: {
    arcFrom: [230, 81, 0, 230], arcTo: [100, 181, 246, 230],
    choroplethLow: [25, 118, 210], choroplethHigh: [100, 181, 246], choroplethAlpha: 190, noValue: [200, 200, 200, 120], districtLine: [159, 168, 218, 255],
  },
};

/** `from` → `to` at t (0–1), rounded, with `alpha`. */
export function mix(from: RGB, to: RGB, t: number, alpha: number): RGBA {
  return [...from.map((c, i) => Math.round(c + (to[i] - c) * t)), alpha] as RGBA;
}

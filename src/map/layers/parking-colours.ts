/**
 * The parking view's colours (parking.ts) by theme. Under 深色 the blues, the unused parcels'
 * grey, the community outlines, scenario B's purple and the share-met ramp drew too dark on the
 * dark ground: each takes a lighter shade of its hue (style-theme.test.ts checks every one against
 * the ground); the no-deficit near-white glared there, so it takes a darker grey. The light ones
 * are unchanged, and exports are drawn light (AtlasMap.lightFor).
 */
import type { MapTheme } from '../palette';

export type RGBA = [number, number, number, number];
type RGB = [number, number, number];

export interface ParkingColours {
  /** Communities without a deficit: neutral, so no renovation-status colour reads as a parking state. */
  noDeficit: RGBA;
  communityLine: RGBA;
  /** The share-met ramp's red (nothing met), amber and green (all met), drawn at `shareMetAlpha`. */
  shareMet: [RGB, RGB, RGB];
  shareMetAlpha: number;
  unusedParcel: RGBA;
  /** A parcel's colour, more opaque the more of its capacity is allocated (alpha `parcelAlpha` → + `parcelAlphaRange`). */
  parcel: RGB;
  parcelLine: RGBA;
  flowWithin: RGBA;
  flowCross: RGBA;
  /** Scenario B's flows, drawn beside A's (ParkingPanel). */
  scenarioB: RGBA;
}

export const PARCEL_ALPHA = 70;
export const PARCEL_ALPHA_RANGE = 170;

export const PARKING_COLOURS: Record<MapTheme, ParkingColours> = {
  light: {
    noDeficit: [236, 239, 241, 200],
    communityLine: [80, 30, 30, 200],
    shareMet: [[198, 40, 40], [198, 190, 40], [46, 125, 50]],
    shareMetAlpha: 170,
    unusedParcel: [150, 150, 150, 90],
    parcel: [21, 101, 192],
    parcelLine: [13, 71, 161, 255],
    flowWithin: [13, 71, 161, 235],
    flowCross: [230, 81, 0, 235],
    scenarioB: [123, 31, 162, 200],
  },
  dark: {
    // Grey 600, fainter than any share met: near-white drew 9.2 : 1 as a wash and glared; nothing
    // needed is the quietest fill, apart from the ramp's red 0 % end in lightness as well as hue.
    noDeficit: [117, 117, 117, 150],
    communityLine: [229, 115, 115, 200], // red 300
    shareMet: [[229, 115, 115], [220, 210, 70], [102, 187, 106]], // red 300, amber, green 400
    shareMetAlpha: 170,
    unusedParcel: [189, 189, 189, 90], // grey 400
    parcel: [66, 165, 245], // blue 400
    parcelLine: [144, 202, 249, 255], // blue 200
    flowWithin: [100, 181, 246, 235], // blue 300
    flowCross: [230, 81, 0, 235],
    scenarioB: [186, 104, 200, 200], // purple 300
  },
};

/** Red (nothing met) → amber → green (all met). */
export function shareMetColour(share: number, theme: MapTheme = 'light'): RGBA {
  const s = Math.max(0, Math.min(1, share));
  if (theme === 'light') {
    // As it always was, to the rounding.
    if (s < 0.5) return [198, 40 + Math.round(s * 2 * 150), 40, 170];
    return [Math.round(198 - (s - 0.5) * 2 * 152), 190 - Math.round((s - 0.5) * 2 * 65), 40 + Math.round((s - 0.5) * 2 * 10), 170];
  }
  const { shareMet: [none, half, all], shareMetAlpha } = PARKING_COLOURS[theme];
  const [from, to, t] = s < 0.5 ? [none, half, s * 2] : [half, all, (s - 0.5) * 2];
  return [...from.map((c, i) => Math.round(c + (to[i] - c) * t)), shareMetAlpha] as RGBA;
}

/** A parcel's colour, more opaque the more of its capacity is allocated. */
export function parcelColour(usedShare: number, theme: MapTheme = 'light'): RGBA {
  return [...PARKING_COLOURS[theme].parcel, Math.round(PARCEL_ALPHA + usedShare * PARCEL_ALPHA_RANGE)] as RGBA;
}

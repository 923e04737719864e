/**
 * WCAG 2 contrast of the map's colours against its ground (UX.md: "meant to be seen" marks at
 * least 3 : 1): relative luminance, the ratio, and a translucent colour composited over the
 * ground as the map draws it (MapLibre and deck.gl blend in sRGB).
 */
import { hexToRgb, type RGB } from './palette';

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance (0 black … 1 white) of a hex colour or RGB. */
export function luminance(colour: string | readonly number[]): number {
  const [r, g, b] = typeof colour === 'string' ? hexToRgb(colour) : colour;
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio (1–21) of two colours. */
export function contrastRatio(a: string | readonly number[], b: string | readonly number[]): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** `colour` drawn at `alpha` (0–1) over `ground`. */
export function over(colour: string | readonly number[], alpha: number, ground: string | readonly number[]): RGB {
  const [c, g] = [colour, ground].map((value) => (typeof value === 'string' ? hexToRgb(value) : value));
  return [0, 1, 2].map((i) => c[i] * alpha + g[i] * (1 - alpha)) as RGB;
}

/**
 * What "seen" means on the dark ground (WCAG 1.4.11's 3 : 1 for graphics): a colour itself, as
 * its legend swatch shows it, at least 3 : 1; a translucent area fill, composited at the opacity
 * the map draws it, at least 2 : 1 (a 0.4 wash reaches 3 : 1 only in near-white pastels whose
 * hues no longer tell apart; the light theme's washes are 1.1–1.7 : 1 on the light ground).
 * The tests of the dark colours (style-theme.test.ts, layers/view-colours.test.ts) hold them to it.
 */
export const SEEN = { colour: 3, fill: 2, line: 3 };

/**
 * Above this, an area fill as drawn glares on the dark ground (the light theme's tans and
 * pale ramp ends: 5.4–12.4 : 1); the dark theme's area fills stay under it.
 */
export const GLARE = 5;

/** Hue (0–360°) of a hex colour or RGB; NaN for a grey. */
export function hue(colour: string | readonly number[]): number {
  const [r, g, b] = (typeof colour === 'string' ? hexToRgb(colour) : colour).map((c) => c / 255);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return NaN;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

/** The distance (0–180°) between two hues. */
export const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

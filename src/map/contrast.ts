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

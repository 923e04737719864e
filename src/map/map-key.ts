/**
 * The map key (图例) of what an analysis draws: each panel's layers come with key sections
 * built from the same colour constants as the layers, so the legend in the side panel, in
 * presenter mode and in the PNG export says what the map shows. Before, the legend only
 * knew the basemap: in the parking view its "已完工 green" sat beside communities painted
 * green for "deficit met".
 *
 * Pure data: the legend (React) and the PNG export (canvas) each draw it their own way.
 */
import type { CodeLabel } from '../model/codes';

export type Rgba = readonly [number, number, number, number];

/** How one entry is drawn: a filled square (with a pattern or a mark over it), a line, an outline, a dot or a colour ramp. */
export type KeySwatch =
  | { kind: 'fill'; colour: Rgba; pattern?: 'dots' | 'hatch'; mark?: string }
  | { kind: 'outline'; colour: Rgba }
  | { kind: 'line'; colour: Rgba; to?: Rgba }
  | { kind: 'dot'; colour: Rgba }
  | { kind: 'ramp'; stops: readonly Rgba[] };

export interface KeyEntry {
  swatch: KeySwatch;
  label: CodeLabel;
}

export interface KeySection {
  /** Stable React key and test id. */
  id: string;
  title: CodeLabel;
  entries: KeyEntry[];
  /** The section's layer fills every community: the basemap's community colours are hidden under it, so their key is left out. */
  coversCommunities?: boolean;
  /** Drawn only below this zoom (layer-culling.ts hides the layer from it in). */
  maxZoom?: number;
  /** Drawn only from this zoom in. */
  minZoom?: number;
}

/** The sections whose layers the map draws at `zoom` (all of them when the zoom is not known). */
export function sectionsAtZoom(sections: readonly KeySection[], zoom: number | null | undefined): KeySection[] {
  if (zoom === null || zoom === undefined) return [...sections];
  return sections.filter((section) => (section.maxZoom === undefined || zoom < section.maxZoom) && (section.minZoom === undefined || zoom >= section.minZoom));
}

/** Whether the basemap's community colours are covered by one of `sections`. */
export const coversCommunities = (sections: readonly KeySection[]) => sections.some((section) => section.coversCommunities === true);

/** CSS colour of an RGBA whose alpha is 0–255, as deck.gl takes it. */
export function rgbaCss([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
}

/** Pattern ink, as the elevator overview draws it (elevator-communities.ts). */
export const PATTERN_INK: Rgba = [33, 33, 33, 230];

/** The CSS `background` of a swatch (the legend's squares; marks are text over it). */
export function swatchBackground(swatch: KeySwatch): string {
  switch (swatch.kind) {
    case 'fill': {
      const base = rgbaCss(swatch.colour);
      const ink = rgbaCss(PATTERN_INK);
      if (swatch.pattern === 'dots') return `radial-gradient(circle, ${ink} 1.4px, transparent 1.6px) 0 0 / 5px 5px, ${base}`;
      if (swatch.pattern === 'hatch') return `repeating-linear-gradient(45deg, ${ink} 0 1.5px, transparent 1.5px 4.5px), ${base}`;
      return base;
    }
    case 'outline':
      return 'transparent';
    case 'line':
      return swatch.to ? `linear-gradient(90deg, ${rgbaCss(swatch.colour)}, ${rgbaCss(swatch.to)})` : rgbaCss(swatch.colour);
    case 'dot':
      return rgbaCss(swatch.colour);
    case 'ramp':
      return `linear-gradient(90deg, ${swatch.stops.map(rgbaCss).join(', ')})`;
  }
}

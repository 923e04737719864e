/**
 * The online basemap's tiles by theme (basemap-paint.ts): as served in light, turned over (a
 * drawn map) or dimmed (a photo, a bureau's own tiles) in dark. Measured through what MapLibre's
 * raster shader does with the values, on OpenStreetMap's own colours: the land near the dark
 * ground, the names still read, the roads still apart from the land.
 */
import { describe, expect, it } from 'vitest';
import { latest } from '@maplibre/maplibre-gl-style-spec';
import { basemapPaint, type RasterContent, type RasterPaint, TILES_AS_SERVED } from './basemap-paint';
import { basemapParts } from './basemaps';
import { contrastRatio } from './contrast';
import { BASEMAP_THEMES, hexToRgb, type RGB } from './palette';

const CONTENTS: RasterContent[] = ['map', 'imagery', 'unknown'];
/** MapLibre's style spec of the raster properties: their defaults and bounds. */
const RASTER_SPEC = latest.paint_raster as Record<string, { default?: unknown; minimum?: number; maximum?: number }>;

/** A tile's colour as MapLibre 6 paints it (its raster fragment shader: hue, saturation, contrast, then brightness). */
function painted(hex: string, paint: RasterPaint): RGB {
  const rgb = hexToRgb(hex).map((c) => c / 255);
  const angle = (paint['raster-hue-rotate'] * Math.PI) / 180;
  const [a, b, c] = [(2 * Math.cos(angle) + 1) / 3, (-Math.sqrt(3) * Math.sin(angle) - Math.cos(angle) + 1) / 3, (Math.sqrt(3) * Math.sin(angle) - Math.cos(angle) + 1) / 3];
  const spun = [rgb[0] * a + rgb[1] * b + rgb[2] * c, rgb[0] * c + rgb[1] * a + rgb[2] * b, rgb[0] * b + rgb[1] * c + rgb[2] * a];
  const average = (rgb[0] + rgb[1] + rgb[2]) / 3;
  const saturation = paint['raster-saturation'];
  const saturationFactor = saturation > 0 ? 1 - 1 / (1.001 - saturation) : -saturation;
  const contrast = paint['raster-contrast'];
  const contrastFactor = contrast > 0 ? 1 / (1 - contrast) : 1 + contrast;
  const [low, high] = [paint['raster-brightness-min'], paint['raster-brightness-max']];
  return spun
    .map((value) => value + (average - value) * saturationFactor)
    .map((value) => (value - 0.5) * contrastFactor + 0.5)
    .map((value) => Math.round(Math.min(1, Math.max(0, low + (high - low) * value)) * 255)) as RGB;
}

/** OpenStreetMap's standard style: land, a minor road and its casing, a main road, water, a park, a name and its halo. */
const OSM = { land: '#f2efe9', road: '#ffffff', casing: '#bfbfbf', primary: '#fcd6a4', water: '#aad3df', park: '#c8facc', name: '#222222', halo: '#ffffff' };

describe('the online basemap\'s tiles by theme', () => {
  it('light: the tiles as served, MapLibre\'s defaults, whatever they show (and so the exports, drawn light)', () => {
    for (const content of CONTENTS) expect(basemapPaint(content, 'light')).toEqual(TILES_AS_SERVED);
    for (const [property, value] of Object.entries(TILES_AS_SERVED)) expect(RASTER_SPEC[property].default, property).toBe(value);
  });

  it('dark: the same properties as light (a switch back resets each), valid values', () => {
    for (const content of CONTENTS) {
      const paint = basemapPaint(content, 'dark');
      expect(Object.keys(paint).sort()).toEqual(Object.keys(TILES_AS_SERVED).sort());
      for (const [property, value] of Object.entries(paint)) {
        const spec = RASTER_SPEC[property];
        expect(value, `${content} ${property}`).toBeGreaterThanOrEqual(spec.minimum ?? -Infinity);
        expect(value, `${content} ${property}`).toBeLessThanOrEqual(spec.maximum ?? Infinity);
      }
    }
  });

  it('dark: a drawn map turned over (hue back round), a photo and a bureau\'s own tiles dimmed, never turned over', () => {
    const map = basemapPaint('map', 'dark');
    expect(map['raster-brightness-min']).toBeGreaterThan(map['raster-brightness-max']);
    expect(map['raster-hue-rotate']).toBe(180);
    for (const content of ['imagery', 'unknown'] as const) {
      const paint = basemapPaint(content, 'dark');
      expect(paint['raster-brightness-min']).toBeLessThan(paint['raster-brightness-max']);
      expect(paint['raster-brightness-max']).toBeLessThan(0.6);
      expect(paint['raster-hue-rotate']).toBe(0);
    }
    // Each basemap's layers say what they show; the names are painted as the tiles under them.
    const contents = (id: Parameters<typeof basemapParts>[0], settings = {}) => basemapParts(id, settings).map((part) => part.content);
    expect(contents('osm')).toEqual(['map']);
    expect(contents('tianditu-vector', { tiandituKey: 'k' })).toEqual(['map', 'map']);
    expect(contents('tianditu-imagery', { tiandituKey: 'k' })).toEqual(['imagery', 'imagery']);
    expect(contents('custom', { customUrl: 'https://gis.example.gov.cn/{z}/{x}/{y}.png' })).toEqual(['unknown']);
  });

  it('dark, OpenStreetMap turned over: the land near the dark ground, the names read, the roads, water and parks still apart', () => {
    const paint = basemapPaint('map', 'dark');
    const dark = Object.fromEntries(Object.entries(OSM).map(([name, hex]) => [name, painted(hex, paint)])) as Record<keyof typeof OSM, RGB>;
    const light = Object.fromEntries(Object.entries(OSM).map(([name, hex]) => [name, hexToRgb(hex)])) as Record<keyof typeof OSM, RGB>;
    // The analysis colours are measured on the dark ground (contrast.ts): the land within 1.2 : 1 of it (1.10).
    expect(contrastRatio(dark.land, BASEMAP_THEMES.dark.background)).toBeLessThan(1.2);
    // A name on its halo 9.6 : 1 (15.9 as served); on the land 8.1.
    expect(contrastRatio(dark.name, dark.halo)).toBeGreaterThan(7);
    expect(contrastRatio(dark.name, dark.land)).toBeGreaterThanOrEqual(4.5);
    // The casing, main roads, water and parks at least as far from the land as when served (park 1.02 → 1.44).
    for (const name of ['casing', 'primary', 'water', 'park'] as const) {
      expect(contrastRatio(dark[name], dark.land), name).toBeGreaterThanOrEqual(contrastRatio(light[name], light.land));
    }
    // Each keeps its hue, more or less: water bluest, parks greenest, the main road reddest.
    expect(dark.water[2]).toBeGreaterThan(dark.water[0]);
    expect(dark.park[1]).toBeGreaterThan(dark.park[0]);
    expect(dark.primary[0]).toBeGreaterThan(dark.primary[2]);
  });

  it('dark, a photo dimmed: white no brighter than 0.55, names on their edge 5.5 : 1 dark or light', () => {
    const paint = basemapPaint('imagery', 'dark');
    expect(painted('#ffffff', paint)[0]).toBeLessThanOrEqual(Math.round(0.55 * 255));
    expect(contrastRatio(painted('#222222', paint), painted('#ffffff', paint))).toBeGreaterThan(5);
    expect(contrastRatio(painted('#ffffff', paint), painted('#000000', paint))).toBeGreaterThan(5);
  });
});

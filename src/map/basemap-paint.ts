/**
 * The online basemap's raster tiles under 深色 (basemaps.ts, map-theme.ts): bright tiles glared
 * under the dark UI and washed out the analysis colours, which are measured against the dark
 * ground (palette.ts BASEMAP_THEMES, contrast.ts). Painted with MapLibre's raster properties, so
 * a theme change sets paint and fetches no tile; exports are drawn light (AtlasMap.lightFor).
 */
import type { MapTheme } from './palette';

/** What a raster layer's tiles show: a drawn map or its names, a photo or its names, or not known (a bureau's own server). */
export type RasterContent = 'map' | 'imagery' | 'unknown';

export interface RasterPaint {
  'raster-brightness-min': number;
  'raster-brightness-max': number;
  'raster-saturation': number;
  'raster-contrast': number;
  'raster-hue-rotate': number;
}

/** MapLibre's defaults: the tiles as served (the light theme, exports). */
export const TILES_AS_SERVED: RasterPaint = {
  'raster-brightness-min': 0, 'raster-brightness-max': 1, 'raster-saturation': 0, 'raster-contrast': 0, 'raster-hue-rotate': 0,
};

/**
 * A drawn map (OpenStreetMap, 天地图 矢量 and its labels) with its lightness turned over: white
 * land and roads go dark (to 0.1, near the dark ground: 1.1 : 1, so the analysis fills keep the
 * contrast measured for it), black names go light grey (to 0.85) on a dark halo, 9.6 : 1 as on a
 * dark map; turning the hue half round brings water, parks and main roads back to their own hues,
 * a little muted. Only dimming the tiles was worse: at brightness 0.45 the names fall to 4 : 1 on
 * a mid-grey that takes the fills' contrast (a 0.4 wash 1.1–1.5 : 1), darker still and they are lost.
 */
const MAP_TURNED_OVER: RasterPaint = {
  'raster-brightness-min': 0.85, 'raster-brightness-max': 0.1, 'raster-saturation': -0.3, 'raster-contrast': 0, 'raster-hue-rotate': 180,
};

/**
 * A photo (天地图 影像) turned over would be its negative: dimmed and muted instead, with the names
 * drawn for it (dark on a light edge or light on a dark one: 5.5 : 1 either way). A bureau's own
 * tiles, which may be a photo or a map, the same: a dimmed map still reads, a photo's negative does not.
 */
const PHOTO_DIMMED: RasterPaint = {
  'raster-brightness-min': 0, 'raster-brightness-max': 0.55, 'raster-saturation': -0.4, 'raster-contrast': 0, 'raster-hue-rotate': 0,
};

/** The raster paint of tiles showing `content` in `theme`: every property set, so a change back to light resets them. */
export function basemapPaint(content: RasterContent, theme: MapTheme): RasterPaint {
  if (theme === 'light') return TILES_AS_SERVED;
  return content === 'map' ? MAP_TURNED_OVER : PHOTO_DIMMED;
}

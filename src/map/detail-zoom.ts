/**
 * The basemap's level of detail when zoomed out (issue 9: the whole province in view). Below
 * zoom 13 (≈ 8 m a pixel at Zhejiang's latitude, 16 m at 12, 50 m at 10.4) a community lane or
 * fire lane is half a pixel wide or less and an idle parcel's outline runs round a fill of a few
 * pixels: drawn, they are a grey haze that MapLibre still cuts, ships and rasterises. So, as a
 * basemap does:
 *  - roads: from DETAIL_MIN_ZOOM every road; further out only the main roads, those
 *    MAIN_ROAD_WIDTH_M wide or more (tertiary and up in OpenStreetMap-derived data: 12, 16, 20,
 *    24 m; the demo's arterials are 20–30 m, its local roads 7–10 m, its fire lanes 4 m);
 *  - idle land: the fills at every zoom (where the idle land is stays visible), the outlines
 *    from DETAIL_MIN_ZOOM;
 *  - facilities: their dots shrink further out (5.25 px from DETAIL_MIN_ZOOM in, 2.5 px at 10),
 *    so a city's thousands of dots no longer cover the communities' status colours.
 * Measured on the province demo (12,000 communities, 188k road segments, 40k parcels; fitted at
 * zoom 10.4): import apply → drawn 26.8 s before, 20.9 s after, this change alone, single runs
 * (province-panels-bench.ts; README's Performance section has the session's alternated figures).
 * The layer list says so while zoomed out (LayerRow), so no road seems lost.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { FIELD_DEFAULTS } from '../model/standards';

export const DETAIL_MIN_ZOOM = 13;
export const MAIN_ROAD_WIDTH_M = 12;

/**
 * The roads' style filter. MapLibre evaluates ['zoom'] in a filter at the tile's zoom, which
 * for these 512-pixel GeoJSON tiles is the view's zoom rounded down: minor roads appear at 13.0.
 */
export const ROADS_SHOWN: FilterSpecification = [
  'any',
  ['>=', ['zoom'], DETAIL_MIN_ZOOM],
  ['>=', ['coalesce', ['get', 'widthM'], FIELD_DEFAULTS.roadWidthM], MAIN_ROAD_WIDTH_M],
];

/** The facilities' dot radius and white ring (px): as deck.gl drew them from DETAIL_MIN_ZOOM in, smaller further out. */
export const FACILITY_RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 10, 2.5, DETAIL_MIN_ZOOM, 5.25];
export const FACILITY_STROKE: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 10, 0.75, DETAIL_MIN_ZOOM, 1.5];

/** Whether the map at `zoom` leaves out the minor roads and the parcels' outlines. */
export const detailHidden = (zoom: number | null | undefined): boolean => typeof zoom === 'number' && zoom < DETAIL_MIN_ZOOM;

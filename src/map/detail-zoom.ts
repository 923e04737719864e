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
 *    and where even those would touch they are not drawn (pointsMinZoom: the province demo's
 *    16,537 facilities covered its 12,000 communities' status colours at zoom 10, a carpet);
 *  - buildings: from BUILDINGS_MIN_ZOOM in. Further out a slab block is a pixel or two (16 m a
 *    pixel at 12, 33 m at 11), and 240k of them shaded by floors hid the communities' status
 *    colours under a grey texture on the province overview; nor are their tiles cut there;
 *  - communities: their outlines thin out below DETAIL_MIN_ZOOM (none at 11: a community 150 m
 *    across is 3 px there, and a 1.2 px outline round each was all one saw of 12,000), and
 *    their status fills grow stronger (0.7 at 11, 0.4 from 13 in, where the buildings over them
 *    need the wash light), so the overview reads as a map of 改造状态;
 *  - protected points (古树名木…): likewise smaller further out and not drawn where they would
 *    touch (the province demo's 3,208 trees were the next carpet once the facilities were gone).
 *  - district names: once the district is about as wide as its name (LABEL_FITS).
 * Measured on the province demo (12,000 communities, 188k road segments, 40k parcels; fitted at
 * zoom 10.4): import apply → drawn 26.8 s before, 20.9 s after, this change alone, single runs
 * (province-panels-bench.ts; README's Performance section has the session's alternated figures).
 * The layer list says so while zoomed out (LayerRow), so no road, building or facility seems lost.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { FIELD_DEFAULTS } from '../model/standards';
import { zoomForMetresPerPixel } from './web-mercator';

export const DETAIL_MIN_ZOOM = 13;
export const MAIN_ROAD_WIDTH_M = 12;
export const BUILDINGS_MIN_ZOOM = 12;

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
/** A protected point's (古树) radius (px): 5 from DETAIL_MIN_ZOOM in, as before, halved at 10 like a facility's; its ring is FACILITY_STROKE. */
export const PROTECTED_RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 10, 2.5, DETAIL_MIN_ZOOM, 5];

/** The communities' fill opacity: `near` from DETAIL_MIN_ZOOM in, stronger further out; `dimmed` ones (filtered out) faint throughout. */
export function communityFillOpacity(near = 0.4, far = 0.7, dimmed = 0.05): ExpressionSpecification {
  const at = (opacity: number): ExpressionSpecification => ['case', ['==', ['get', 'dimmed'], true], dimmed, opacity];
  return ['interpolate', ['linear'], ['zoom'], 11, at(far), DETAIL_MIN_ZOOM, at(near)];
}

/** The communities' outline width (px): as before from DETAIL_MIN_ZOOM in, none at 11. */
export const COMMUNITY_LINE_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 11, 0, DETAIL_MIN_ZOOM, 1.2];

/** A district name's width (px) a character: its labels are 16 px, CJK glyphs as wide as high; 0.8 lets a name overhang its district a little. */
const LABEL_PX_PER_CHARACTER = 16 * 0.8;

/**
 * The district labels' filter: a district is named once it is about as wide as its name, its
 * label point's span of longitude (label-points.ts) in pixels at the zoom (512 px tiles: a
 * degree is 512 / 360 × 2^zoom px) against the name's length. At the province overview (zoom 10)
 * a 1.3 km district is 20 px across and its name 64 px: 902 names were a grid of text over the
 * status colours; they come at zoom 11, a larger district's before a smaller one's. MapLibre
 * evaluates ['zoom'] in a filter at the tile's zoom (the view's, rounded down), so the width is
 * taken half a zoom up, the middle of the views that tile zoom stands for.
 */
export const LABEL_FITS: FilterSpecification = [
  '>=',
  ['*', ['coalesce', ['get', 'spanDeg'], 360], 512 / 360, ['^', 2, ['+', ['zoom'], 0.5]]],
  ['*', LABEL_PX_PER_CHARACTER, ['length', ['to-string', ['coalesce', ['get', 'name'], '']]]],
];

/** Whether the map at `zoom` leaves out the buildings. */
export const buildingsHidden = (zoom: number | null | undefined): boolean => typeof zoom === 'number' && zoom < BUILDINGS_MIN_ZOOM;

/** Whether the map at `zoom` leaves out the minor roads and the parcels' outlines. */
export const detailHidden = (zoom: number | null | undefined): boolean => typeof zoom === 'number' && zoom < DETAIL_MIN_ZOOM;

/**
 * How far apart (px) points must be, where they are dense, to be drawn: at the zoom this gives a
 * city's facilities (about 12) a dot with its ring is 10.7 px across, so on average they just
 * clear each other (8 px, tried first, left 10 px dots at 11.7 overlapping).
 */
export const POINT_SPACING_PX = 12;
const CELL_M = 1000;

/**
 * The zoom from which a layer's points (facilities, protected trees) are drawn: where, in the
 * denser quarter of the square kilometres that have any, their mean spacing is POINT_SPACING_PX
 * or more; DETAIL_MIN_ZOOM at most (closer in every point is drawn, however dense), 0 for none. By density, not a fixed
 * zoom: a county's few hundred facilities stay drawn where a province's thousands would not.
 * Worked out for the city and province demos' density (36 a km² at 30° N: 167 m apart):
 * log2(12 × 78,271.5 × cos 30° / 167) = 12.3.
 */
export function pointsMinZoom(collection: FeatureCollection | undefined): number {
  if (!collection) return 0;
  let zoom = minZooms.get(collection);
  if (zoom === undefined) minZooms.set(collection, (zoom = densityZoom(collection)));
  return zoom;
}

/** The style layers drawn from pointsMinZoom of their source's points. */
export const SPARSE_POINT_LAYERS = { facilities: 'facilities-circle', protected: 'protected-point' } as const;

// Kept per collection: the map, the layer list and the legend each ask on every change of zoom.
const minZooms = new WeakMap<FeatureCollection, number>();

function densityZoom(collection: FeatureCollection): number {
  const points: [number, number][] = [];
  for (const feature of collection.features ?? []) {
    const geometry = feature.geometry;
    if (geometry?.type !== 'Point') continue;
    const [lon, lat] = geometry.coordinates;
    if (Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) < 85) points.push([lon, lat]);
  }
  if (points.length === 0) return 0;
  const latitude = points.reduce((sum, [, lat]) => sum + lat, 0) / points.length;
  const cosine = Math.cos((latitude * Math.PI) / 180);
  // Equirectangular metres about the mean latitude: within a province, well under a cell's error.
  const cells = new Map<string, number>();
  for (const [lon, lat] of points) {
    const key = `${Math.floor((lon * 111_320 * cosine) / CELL_M)},${Math.floor((lat * 110_574) / CELL_M)}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const counts = [...cells.values()].sort((a, b) => a - b);
  const dense = counts[Math.floor(counts.length * 0.75)];
  const spacingM = CELL_M / Math.sqrt(dense);
  const zoom = zoomForMetresPerPixel(spacingM / POINT_SPACING_PX, latitude);
  return Math.min(DETAIL_MIN_ZOOM, Math.max(0, Math.round(zoom * 10) / 10));
}

/**
 * The offline basemap: a MapLibre style with no tiles, glyphs or sprites, drawn entirely
 * from the loaded layers (DESIGN §5). Labels use the machine's CJK fonts (NOTES.md).
 */
import type { AllPaintProperties, ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { IDLE_LAND_KINDS } from '../model/codes';
import { communityFillColour, type ColourBy } from './community-colours';
import type { LayerName } from '../model/layer-names';
import { BASE_COLOURS, BASEMAP_THEMES, FACILITY_COLOURS, FACILITY_FILL_ALPHA, FLOOR_STEPS_OF, IDLE_LAND_COLOURS_OF, type MapTheme } from './palette';
import { tileUrl } from '../worker/tiles-client';
import { BUILDINGS_MIN_ZOOM, COMMUNITY_LINE_WIDTH, communityFillOpacity, DETAIL_MIN_ZOOM, FACILITY_RADIUS, FACILITY_STROKE, LABEL_FITS, PROTECTED_RADIUS, ROADS_SHOWN } from './detail-zoom';
import { BUILDINGS_SOURCE_LAYER } from '../worker/tiles/building-tiles';
import { ROADS_SOURCE_LAYER } from '../worker/tiles/road-tiles';

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

/** The idle land by kind, in the theme's colours (palette.ts IDLE_LAND_COLOURS_OF). */
export const idleColour = (theme: MapTheme): ExpressionSpecification => [
  'match', ['get', 'kind'],
  ...IDLE_LAND_KINDS.flatMap((kind) => [kind, IDLE_LAND_COLOURS_OF[theme][kind]]),
  '#cccccc',
] as unknown as ExpressionSpecification;

const facilityColour: ExpressionSpecification = [
  'match', ['get', 'type'],
  ...Object.entries(FACILITY_COLOURS).flat(),
  '#333333',
] as unknown as ExpressionSpecification;

const buildingHeight: ExpressionSpecification = ['coalesce', ['get', 'heightM'], ['*', ['coalesce', ['get', 'floors'], 1], 3]];

/** Style layers belonging to each data layer, so toggling a layer toggles all of them. */
export const STYLE_LAYERS_OF: Record<LayerName, string[]> = {
  districts: ['districts-fill', 'districts-line', 'districts-label'],
  communities: ['communities-fill', 'communities-line', 'communities-label'],
  buildings: ['buildings-extrusion'],
  idleLand: ['idle-fill', 'idle-line'],
  facilities: ['facilities-circle'],
  roads: ['roads-casing', 'roads-line'],
  protected: ['protected-fill', 'protected-point'],
};

const roadColour = (theme: MapTheme): ExpressionSpecification =>
  ['case', ['==', ['get', 'fireLane'], true], BASEMAP_THEMES[theme].fireLane, BASEMAP_THEMES[theme].road];

/** Buildings coloured by floors, in the theme's ramp (palette.ts FLOOR_STEPS_OF). */
const floorColour = (theme: MapTheme): ExpressionSpecification => {
  const [[, lowest], ...steps] = FLOOR_STEPS_OF[theme];
  return ['step', ['coalesce', ['get', 'floors'], 1], lowest, ...steps.flatMap(([floors, colour]) => [floors, colour])] as unknown as ExpressionSpecification;
};

/**
 * The basemap's paint properties that follow the theme, as [layer, property, value]: the style
 * below is drawn with the light ones; AtlasMap.setTheme sets the others. The communities' fill
 * is in the colouring chosen (`colourBy`, community-colours.ts). The roads', buildings' and
 * communities' colours read the data, so changing them redraws their tiles: not synchronous.
 */
export function themePaint(theme: MapTheme, colourBy: ColourBy = 'status'): [string, keyof AllPaintProperties, string | ExpressionSpecification][] {
  const c = BASEMAP_THEMES[theme];
  return [
    ['background', 'background-color', c.background],
    ['communities-fill', 'fill-color', communityFillColour(colourBy, theme)],
    ['districts-fill', 'fill-color', c.districtFill],
    ['districts-line', 'line-color', c.districtLine],
    ['idle-fill', 'fill-color', idleColour(theme)],
    ['idle-line', 'line-color', c.idleLine],
    ['communities-line', 'line-color', c.communityLine],
    ['roads-casing', 'line-color', c.roadCasing],
    ['roads-line', 'line-color', roadColour(theme)],
    ['buildings-extrusion', 'fill-extrusion-color', floorColour(theme)],
    ['districts-label', 'text-color', c.districtLabel],
    ['districts-label', 'text-halo-color', c.labelHalo],
    ['communities-label', 'text-color', c.communityLabel],
    ['communities-label', 'text-halo-color', c.labelHalo],
  ];
}

const layers: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': BASE_COLOURS.background } },
  { id: 'districts-fill', type: 'fill', source: 'districts', paint: { 'fill-color': BASE_COLOURS.districtFill, 'fill-opacity': 0.5 } },
  { id: 'districts-line', type: 'line', source: 'districts', paint: { 'line-color': BASE_COLOURS.districtLine, 'line-width': 2.5, 'line-dasharray': [3, 2] } },
  { id: 'idle-fill', type: 'fill', source: 'idleLand', paint: { 'fill-color': idleColour('light'), 'fill-opacity': 0.85 } },
  { id: 'idle-line', type: 'line', source: 'idleLand', minzoom: DETAIL_MIN_ZOOM, paint: { 'line-color': BASEMAP_THEMES.light.idleLine, 'line-width': 0.8 } },
  { id: 'communities-fill', type: 'fill', source: 'communities', paint: { 'fill-color': communityFillColour('status', 'light'), 'fill-opacity': communityFillOpacity() } },
  { id: 'communities-line', type: 'line', source: 'communities', paint: { 'line-color': BASE_COLOURS.communityLine, 'line-width': COMMUNITY_LINE_WIDTH } },
  {
    id: 'roads-casing', type: 'line', source: 'roads', 'source-layer': ROADS_SOURCE_LAYER, filter: ROADS_SHOWN,
    paint: { 'line-color': BASE_COLOURS.roadCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 13, 1, 17, ['+', 2, ['*', 0.9, ['coalesce', ['get', 'widthM'], 4]]]] },
  },
  {
    id: 'roads-line', type: 'line', source: 'roads', 'source-layer': ROADS_SOURCE_LAYER, filter: ROADS_SHOWN,
    paint: {
      'line-color': roadColour('light'),
      'line-width': ['interpolate', ['linear'], ['zoom'], 13, 0.5, 17, ['*', 0.8, ['coalesce', ['get', 'widthM'], 4]]],
    },
  },
  { id: 'protected-fill', type: 'fill', source: 'protected', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': BASE_COLOURS.protected, 'fill-opacity': 0.6 } },
  {
    id: 'protected-point', type: 'circle', source: 'protected', filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-color': '#2e7d32', 'circle-radius': PROTECTED_RADIUS, 'circle-stroke-color': '#1b5e20', 'circle-stroke-width': FACILITY_STROKE },
  },
  {
    id: 'buildings-extrusion', type: 'fill-extrusion', source: 'buildings', 'source-layer': BUILDINGS_SOURCE_LAYER, minzoom: BUILDINGS_MIN_ZOOM,
    paint: {
      'fill-extrusion-color': floorColour('light'),
      'fill-extrusion-height': buildingHeight,
      'fill-extrusion-opacity': 0.9,
    },
  },
  {
    id: 'selection-line', type: 'line', source: 'selection',
    paint: { 'line-color': BASE_COLOURS.highlight, 'line-width': 3.5 },
  },
  {
    // From one point per district (label-points.ts), as the communities: a district larger than
    // a tile read 浦东新区 two or three times over.
    id: 'districts-label', type: 'symbol', source: 'districtLabels', maxzoom: 15, filter: LABEL_FITS,
    layout: { 'text-field': ['get', 'name'], 'text-size': 16, 'text-font': ['Noto Sans CJK SC Regular'] },
    paint: { 'text-color': BASEMAP_THEMES.light.districtLabel, 'text-halo-color': BASEMAP_THEMES.light.labelHalo, 'text-halo-width': 2 },
  },
  {
    // From one point per community (label-points.ts): a polygon source repeats the name in every tile.
    id: 'communities-label', type: 'symbol', source: 'communityLabels', minzoom: 14,
    layout: { 'text-field': ['get', 'name'], 'text-size': 13, 'text-font': ['Noto Sans CJK SC Regular'], 'text-allow-overlap': false },
    // A halo near MapLibre's widest (a quarter of the size): a white plate under the name, which
    // the dark fills of the analyses (elevator verdicts, parking shortfalls) otherwise swallow.
    paint: { 'text-color': BASEMAP_THEMES.light.communityLabel, 'text-halo-color': BASEMAP_THEMES.light.labelHalo, 'text-halo-width': 3 },
  },
  {
    // Above everything, flat on the ground, sized in pixels: as deck.gl's ScatterplotLayer drew
    // them before (radius 6 px with a 1.5 px white outline centred on it, fill alpha 235), so the
    // first frame needs no deck.gl (deck-overlay.ts).
    id: 'facilities-circle', type: 'circle', source: 'facilities',
    paint: {
      'circle-color': facilityColour, 'circle-opacity': FACILITY_FILL_ALPHA / 255, 'circle-radius': FACILITY_RADIUS,
      'circle-stroke-color': '#ffffff', 'circle-stroke-width': FACILITY_STROKE, 'circle-stroke-opacity': 1,
      'circle-pitch-alignment': 'map', 'circle-pitch-scale': 'map',
    },
  },
  {
    // A selected point (a facility, a protected tree) ringed above its dot: selection-line draws
    // only outlines, nothing for a point, so a facility clicked or found (定位) was not marked.
    id: 'selection-point', type: 'circle', source: 'selection', filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 11, 'circle-color': 'rgba(0, 0, 0, 0)', 'circle-stroke-color': BASE_COLOURS.highlight, 'circle-stroke-width': 3.5,
      'circle-pitch-alignment': 'map',
    },
  },
];

export function offlineStyle(): StyleSpecification {
  const source = () => ({ type: 'geojson' as const, data: EMPTY as never, promoteId: 'id' });
  return {
    version: 8,
    name: 'Renewal Atlas offline',
    sources: {
      districts: source(), communities: source(), idleLand: source(),
      // Buildings and roads come as vector tiles cut by the tile worker (worker/tiles-client.ts):
      // MapLibre's GeoJSON path would parse and index every one before the first frame.
      buildings: { type: 'vector', tiles: [tileUrl('buildings', 0)], minzoom: 0, maxzoom: 16, promoteId: 'id' },
      roads: { type: 'vector', tiles: [tileUrl('roads', 0)], minzoom: 0, maxzoom: 16, promoteId: 'id' },
      protected: source(), facilities: source(), selection: source(), communityLabels: source(), districtLabels: source(),
    },
    layers,
  };
}

/** The style's layers a click or hover picks, and the data layer each draws. */
export const MAPLIBRE_PICK_LAYERS: Record<string, LayerName> = {
  'buildings-extrusion': 'buildings',
  'protected-point': 'protected',
  'protected-fill': 'protected',
  'facilities-circle': 'facilities',
  'idle-fill': 'idleLand',
  'communities-fill': 'communities',
  'roads-line': 'roads',
  'districts-fill': 'districts',
};

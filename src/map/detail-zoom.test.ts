/**
 * The basemap's level of detail (detail-zoom.ts), evaluated by MapLibre's own filter code on
 * roads of the widths real data carries, and the style as MapLibre validates it.
 */
import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { DETAIL_MIN_ZOOM, detailHidden, ROADS_SHOWN } from './detail-zoom';
import { offlineStyle } from './style';

const road = (properties: Record<string, unknown>) => ({ type: 2, properties, geometry: [] }) as never;
const shown = featureFilter(ROADS_SHOWN, 'layers[0].filter');
const shownAt = (zoom: number, properties: Record<string, unknown>) => shown.filter({ zoom }, road(properties));

describe('roads by zoom', () => {
  it('zoomed out, only main roads: 12 m and wider (tertiary, secondary, primary, trunk)', () => {
    for (const widthM of [12, 16, 20, 24, 30]) expect(shownAt(12, { widthM }), `${widthM} m`).toBe(true);
    for (const widthM of [2, 4, 7, 10, 11.9]) expect(shownAt(12, { widthM }), `${widthM} m`).toBe(false);
  });

  it('a road without a width is the default 4 m lane: left out when zoomed out', () => {
    expect(shownAt(10, {})).toBe(false);
    expect(shownAt(10, { widthM: null })).toBe(false);
  });

  it('from zoom 13 every road, whatever its width', () => {
    for (const zoom of [13, 14, 16, 18]) {
      for (const properties of [{}, { widthM: 2 }, { widthM: 4, fireLane: true }, { widthM: 30 }]) expect(shownAt(zoom, properties)).toBe(true);
    }
  });

  it('the layer list reads the same limit (the map view, not rounded)', () => {
    expect(detailHidden(12.99)).toBe(true);
    expect(detailHidden(DETAIL_MIN_ZOOM)).toBe(false);
    expect(detailHidden(15)).toBe(false);
    expect(detailHidden(null)).toBe(false);
  });
});

describe('the style', () => {
  it('is valid for MapLibre, with the filter on both road layers and the parcel outlines from zoom 13', () => {
    const style = offlineStyle();
    expect(validateStyleMin(style as never)).toEqual([]);
    const byId = new Map(style.layers.map((layer) => [layer.id, layer as { filter?: unknown; minzoom?: number }]));
    expect(byId.get('roads-line')?.filter).toEqual(ROADS_SHOWN);
    expect(byId.get('roads-casing')?.filter).toEqual(ROADS_SHOWN);
    expect(byId.get('idle-line')?.minzoom).toBe(DETAIL_MIN_ZOOM);
    // The parcels' fills stay at every zoom: where the idle land is must show on the overview.
    expect(byId.get('idle-fill')?.minzoom).toBeUndefined();
  });
});

/**
 * The basemap's level of detail (detail-zoom.ts), evaluated by MapLibre's own filter code on
 * roads of the widths real data carries, and the style as MapLibre validates it.
 */
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { BUILDINGS_MIN_ZOOM, buildingsHidden, DETAIL_MIN_ZOOM, detailHidden, FACILITY_RADIUS, FACILITY_STROKE, LABEL_FITS, pointsMinZoom, PROTECTED_RADIUS, ROADS_SHOWN } from './detail-zoom';
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
    // The buildings from zoom 12 in: further out a block is a pixel or two, a grey texture over the communities.
    expect(byId.get('buildings-extrusion')?.minzoom).toBe(BUILDINGS_MIN_ZOOM);
    expect([buildingsHidden(11.9), buildingsHidden(12), buildingsHidden(null)]).toEqual([true, false, false]);
  });

  it('draws the facilities as before from zoom 13 in (5.25 px, a 1.5 px ring), smaller further out', () => {
    const paint = (offlineStyle().layers.find((layer) => layer.id === 'facilities-circle') as { paint: Record<string, unknown> }).paint;
    expect(paint['circle-radius']).toEqual(FACILITY_RADIUS);
    expect(paint['circle-stroke-width']).toEqual(FACILITY_STROKE);
    // interpolate holds its last stop beyond it: the demo's zoom 14–17 is drawn as it was.
    expect(FACILITY_RADIUS.slice(-2)).toEqual([DETAIL_MIN_ZOOM, 5.25]);
    expect(FACILITY_STROKE.slice(-2)).toEqual([DETAIL_MIN_ZOOM, 1.5]);
    expect(FACILITY_RADIUS.slice(3, 5)).toEqual([10, 2.5]);
    // A protected tree's dot likewise: 5 px as before from 13 in, 2.5 at 10, a facility's ring.
    const tree = (offlineStyle().layers.find((layer) => layer.id === 'protected-point') as { paint: Record<string, unknown> }).paint;
    expect([tree['circle-radius'], tree['circle-stroke-width']]).toEqual([PROTECTED_RADIUS, FACILITY_STROKE]);
    expect(PROTECTED_RADIUS.slice(3)).toEqual([10, 2.5, DETAIL_MIN_ZOOM, 5]);
  });

  it('names a district once it is about as wide as its name (worked by hand)', () => {
    const fits = featureFilter(LABEL_FITS, 'layers[0].filter');
    const label = (properties: Record<string, unknown>, zoom: number) => fits.filter({ zoom } as never, { type: 1, properties, geometry: [] } as never, undefined as never);
    // 1.3 km at 30° N is 0.0135°: taken half a zoom up (the filter sees the view's zoom rounded
    // down), 0.0135 × 512 / 360 × 2^(z + 0.5) px = 27.8 at 10, 55.6 at 11; 桃风片区 needs 4 × 12.8 = 51.2 px.
    const district = { name: '桃风片区', spanDeg: 0.0135 };
    expect([10, 11, 12, 14].map((zoom) => label(district, zoom))).toEqual([false, true, true, true]);
    // A larger district is named sooner: 0.03° is 30.9 px at 9, 61.8 at 10.
    expect([9, 10].map((zoom) => label({ ...district, spanDeg: 0.03 }, zoom))).toEqual([false, true]);
    // No span (a point from elsewhere) or no name: as before, always.
    expect(label({ name: '桃风片区' }, 5)).toBe(true);
    expect(label({ spanDeg: 0.0001 }, 5)).toBe(true);
  });

  describe('the zoom from which the facilities are drawn (by their density)', () => {
    const at = (points: [number, number][]): FeatureCollection => ({
      type: 'FeatureCollection',
      features: points.map(([lon, lat], i) => ({ type: 'Feature', properties: { id: i }, geometry: { type: 'Point', coordinates: [lon, lat] } })),
    });
    // 36 in a 60 m square at 30° N (one square kilometre): 167 m apart on average, 12 px apart from
    // log2(12 × 78,271.517 × cos 30° / 166.67) = log2(4,880.4) = 12.25.
    const block = (lon: number, lat: number, n = 6): [number, number][] =>
      Array.from({ length: n * n }, (_, i) => [lon + (i % n) * 0.0001, lat + Math.floor(i / n) * 0.0001] as [number, number]);
    it('where the dense quarter of the occupied square kilometres reaches 12 px spacing (worked by hand)', () => {
      expect(pointsMinZoom(at(block(120.1503, 30.0003)))).toBe(12.3);
      // Four lone facilities kilometres apart: 1 000 m apart, log2(813.4) = 9.67.
      const lone: [number, number][] = [[120.1003, 30.0003], [120.2003, 30.0003], [120.1003, 30.1003], [120.2003, 30.1003]];
      expect(pointsMinZoom(at(lone))).toBe(9.7);
      // Three lone ones and a dense square: the denser quarter decides (sorted 1, 1, 1, 36).
      expect(pointsMinZoom(at([...lone.slice(0, 3), ...block(120.2003, 30.1003)]))).toBe(12.3);
    });
    it('at most zoom 13, where every facility is drawn however dense; 0 for none', () => {
      expect(pointsMinZoom(at(block(120.1503, 30.0003, 30)))).toBe(DETAIL_MIN_ZOOM);
      expect(pointsMinZoom(at([]))).toBe(0);
      expect(pointsMinZoom(undefined)).toBe(0);
      expect(pointsMinZoom({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } }] })).toBe(0);
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { cullLayers } from '../layer-culling';
import { CULLED_OUTLINES_FROM, featureChunks, OUTLINED_FEATURES_LIMIT, OUTLINES_MIN_ZOOM, polygonLayers } from './outline-chunks';

/** `count` squares of 0.0002° in a row eastwards from 120°E, 1e-3° apart. */
function squares(count: number): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => {
      const x = 120 + i * 1e-3;
      return { type: 'Feature', properties: { id: `P${i}` }, geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 2e-4, 30], [x + 2e-4, 30.0002], [x, 30.0002], [x, 30]]] } };
    }),
  };
}

const props = { filled: true, stroked: true, pickable: true, getLineWidth: 1.5, lineWidthUnits: 'pixels' as const };

describe('polygon layers with outlines at province scale', () => {
  it(`up to ${CULLED_OUTLINES_FROM} features: one layer, filled and outlined`, () => {
    const layers = polygonLayers({ id: 'parking-parcels', data: squares(CULLED_OUTLINES_FROM), ...props });
    expect(layers.map((layer) => layer.id)).toEqual(['parking-parcels']);
    expect(layers[0].props).toMatchObject({ filled: true, stroked: true, pickable: true });
  });

  it('up to the limit: the fills one layer, the outlines in chunks drawn in view at every zoom', () => {
    const data = squares(OUTLINED_FEATURES_LIMIT);
    const layers = polygonLayers({ id: 'parking-parcels', data, ...props });
    expect(layers[0].id).toBe('parking-parcels');
    expect(layers[0].props).toMatchObject({ filled: true, stroked: false, pickable: true });
    expect(layers.slice(1).every((layer) => layer.id.startsWith('parking-parcels-outlines:') && layer.props.pickable === false)).toBe(true);
    const visible = (zoom: number) => cullLayers(layers, { bounds: [120.5, 29.99, 120.55, 30.01], zoom }).filter((layer) => layer.props.visible !== false).length;
    // In view at zoom 10 as at zoom 15: 1 fill layer and the 3–5 chunks over 0.05° of longitude; not the other ~245.
    for (const zoom of [10, 15]) {
      expect(visible(zoom)).toBeGreaterThanOrEqual(4);
      expect(visible(zoom)).toBeLessThanOrEqual(6);
    }
  });

  it('above it: the fills picked under the same id, the outlines in ≈2 km chunks drawn in view from zoom 14', () => {
    const data = squares(OUTLINED_FEATURES_LIMIT + 1);
    const layers = polygonLayers({ id: 'parking-parcels', data, ...props });
    expect(layers[0].id).toBe('parking-parcels');
    expect(layers[0].props).toMatchObject({ filled: true, stroked: false, pickable: true });
    expect(layers[0].props.data).toBe(data);
    const outlines = layers.slice(1);
    // 5,001 squares over 5° east, 0.02° cells: 250 or 251 chunks.
    expect(outlines.length).toBeGreaterThanOrEqual(250);
    expect(outlines.length).toBeLessThanOrEqual(251);
    expect(outlines.every((layer) => layer.id.startsWith('parking-parcels-outlines:'))).toBe(true);
    for (const layer of outlines) expect(layer.props).toMatchObject({ filled: false, stroked: true, pickable: false });
    // Every feature in exactly one chunk, inside its bounds.
    const chunks = featureChunks(data, OUTLINES_MIN_ZOOM);
    expect(chunks.flatMap((chunk) => chunk.features.map((f) => f.properties!.id)).sort()).toEqual(data.features.map((f) => f.properties!.id).sort());
    for (const chunk of chunks) {
      expect(chunk.minZoom).toBe(OUTLINES_MIN_ZOOM);
      for (const feature of chunk.features) {
        const [x, y] = (feature.geometry as { coordinates: number[][][] }).coordinates[0][2];
        expect(x).toBeLessThanOrEqual(chunk.bounds[2]);
        expect(y).toBeLessThanOrEqual(chunk.bounds[3]);
      }
    }
    // At zoom 13 no outline is drawn; at 15 those in view are, and the fills always.
    const visible = (zoom: number) => cullLayers(layers, { bounds: [120.5, 29.99, 120.55, 30.01], zoom }).filter((layer) => layer.props.visible !== false).map((layer) => layer.id);
    expect(visible(13)).toEqual(['parking-parcels']);
    const close = visible(15);
    expect(close[0]).toBe('parking-parcels');
    expect(close.length).toBeGreaterThanOrEqual(3);
    expect(close.length).toBeLessThanOrEqual(5);
  });

  it('keeps the chunks per collection, so a selection restyles without re-cutting them', () => {
    const data = squares(OUTLINED_FEATURES_LIMIT + 1);
    const a = polygonLayers({ id: 'x', data, ...props, getLineColor: [0, 0, 0, 255] });
    const b = polygonLayers({ id: 'x', data, ...props, getLineColor: [255, 0, 0, 255] });
    expect(b.slice(1).map((layer) => layer.props.data)).toEqual(a.slice(1).map((layer) => layer.props.data));
    expect(b[1].props.data).toBe(a[1].props.data);
  });

  it('outlines the selected feature at every zoom above the limit, in a layer of its own', () => {
    const data = squares(OUTLINED_FEATURES_LIMIT + 1);
    const selected = { id: 'P42', lineColor: [255, 111, 0, 255] as [number, number, number, number], lineWidth: 4 };
    const layers = polygonLayers({ id: 'parking-communities', data, ...props, selected });
    const last = layers[layers.length - 1];
    expect(last.id).toBe('parking-communities-selected');
    expect(last.props).toMatchObject({ filled: false, stroked: true, pickable: false, getLineColor: [255, 111, 0, 255], getLineWidth: 4 });
    const drawn = last.props.data as FeatureCollection;
    expect(drawn.features).toEqual([data.features[42]]);
    // Drawn when zoomed out, where the chunked outlines are not, and the same data on a redraw.
    const visible = cullLayers(layers, { bounds: [119.9, 29.9, 125.1, 30.1], zoom: 10 }).filter((layer) => layer.props.visible !== false).map((layer) => layer.id);
    expect(visible).toEqual(['parking-communities', 'parking-communities-selected']);
    expect(polygonLayers({ id: 'parking-communities', data, ...props, selected }).at(-1)!.props.data).toBe(drawn);
    // No selection, or an id the layer does not hold: no such layer.
    for (const id of [null, 'P-unknown']) {
      expect(polygonLayers({ id: 'x', data, ...props, selected: { ...selected, id } }).some((layer) => layer.id === 'x-selected')).toBe(false);
    }
  });

  it('up to the limit the selection is left to the layer\'s own accessors (one layer, no extra prop)', () => {
    const layers = polygonLayers({ id: 'x', data: squares(10), ...props, selected: { id: 'P1', lineColor: [255, 111, 0, 255], lineWidth: 4 } });
    expect(layers.map((layer) => layer.id)).toEqual(['x']);
    expect('selected' in layers[0].props).toBe(false);
  });
});

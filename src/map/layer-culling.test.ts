import { describe, expect, it } from 'vitest';
import { SolidPolygonLayer } from '@deck.gl/layers';
import { cullLayers, hiddenKey, seenIn, type MapView } from './layer-culling';

const view: MapView = { bounds: [120, 30, 120.1, 30.1], zoom: 15 };
const chunk = (id: string, bounds: [number, number, number, number], minZoom?: number) =>
  new SolidPolygonLayer({ id, data: { length: 0, startIndices: new Uint32Array(0), attributes: {}, bounds, minZoom } as never });

describe('layer culling by view', () => {
  it('shows what meets the view grown by a tenth, from its min zoom', () => {
    expect(seenIn({ bounds: [120.05, 30.05, 120.06, 30.06] }, view)).toBe(true);
    // Just east of the view, within the tenth's margin (0.01°), and just past it.
    expect(seenIn({ bounds: [120.105, 30.05, 120.2, 30.06] }, view)).toBe(true);
    expect(seenIn({ bounds: [120.115, 30.05, 120.2, 30.06] }, view)).toBe(false);
    expect(seenIn({ bounds: [120.05, 29.5, 120.06, 29.6] }, view)).toBe(false);
    expect(seenIn({ bounds: [120.05, 30.05, 120.06, 30.06], minZoom: 14 }, view)).toBe(true);
    expect(seenIn({ bounds: [120.05, 30.05, 120.06, 30.06], minZoom: 16 }, view)).toBe(false);
  });

  it('hides an overview from its max zoom in, by the camera\'s zoom even in a pitched view', () => {
    const box: [number, number, number, number] = [120.05, 30.05, 120.06, 30.06];
    expect(seenIn({ bounds: box, maxZoom: 16 }, view)).toBe(true);
    expect(seenIn({ bounds: box, maxZoom: 15 }, view)).toBe(false);
    expect(seenIn({ bounds: box, maxZoom: 14 }, view)).toBe(false);
    // Out of view it stays hidden below its max zoom too.
    expect(seenIn({ bounds: [121, 31, 121.1, 31.1], maxZoom: 16 }, view)).toBe(false);
    // Pitched: its near part is drawn at zoom 16, the camera is at 13.5: the overview stays.
    const pitched: MapView = { ...view, zoom: 13.5, zoomAt: () => 16 };
    expect(seenIn({ bounds: box, maxZoom: 14 }, pitched)).toBe(true);
  });

  it('in a pitched view, takes the zoom the box is drawn at, nearest part first', () => {
    // Drawn smaller northwards: zoom 16 at the bottom of the view, 1 less every 0.02° north.
    const pitched: MapView = { ...view, zoom: 16, zoomAt: (_lon, lat) => 16 - (lat - 30) / 0.02 };
    expect(seenIn({ bounds: [120.01, 30.0, 120.02, 30.01], minZoom: 14 }, pitched)).toBe(true);
    expect(seenIn({ bounds: [120.01, 30.03, 120.02, 30.04], minZoom: 14 }, pitched)).toBe(true);
    expect(seenIn({ bounds: [120.01, 30.05, 120.02, 30.06], minZoom: 14 }, pitched)).toBe(false);
    // Behind the camera: never drawn at any zoom.
    expect(seenIn({ bounds: [120.01, 30.05, 120.02, 30.06], minZoom: 14 }, { ...view, zoomAt: () => null })).toBe(false);
  });

  it('hides layers out of view by a clone with the same data, and leaves layers without bounds alone', () => {
    const inside = chunk('a', [120.01, 30.01, 120.02, 30.02]);
    const outside = chunk('b', [121, 31, 121.1, 31.1]);
    const plain = new SolidPolygonLayer({ id: 'c', data: [] });
    const culled = cullLayers([inside, outside, plain], view);
    expect(culled[0]).toBe(inside);
    expect(culled[2]).toBe(plain);
    expect(culled[1]).not.toBe(outside);
    expect(culled[1].props.visible).toBe(false);
    expect(culled[1].props.data).toBe(outside.props.data);
    expect(hiddenKey([inside, outside, plain], view)).toBe('b');
    expect(hiddenKey([inside, outside, plain], { bounds: [119, 29, 122, 32], zoom: 10 })).toBe('');
  });
});

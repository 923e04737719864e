import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { layerOpacityText, parseLayerOpacity, scaledOpacity } from './layer-opacity';
import { offlineStyle, STYLE_LAYERS_OF } from './style';
import { OPACITY_PROPERTIES } from './layer-opacity';

describe('layer opacity', () => {
  it('scales numbers, wraps expressions and leaves full opacity as the style has it', () => {
    expect(scaledOpacity(0.4, 0.5)).toBe(0.2);
    expect(scaledOpacity(undefined, 0.3)).toBe(0.3);
    const expression = ['case', ['==', ['get', 'dimmed'], true], 0.05, 0.4];
    expect(scaledOpacity(expression, 0.5)).toEqual(['*', 0.5, expression]);
    expect(scaledOpacity(expression, 1)).toBe(expression);
    // A zoom curve stays at the top (MapLibre takes it nowhere else): each stop's output is scaled.
    const curve = ['interpolate', ['linear'], ['zoom'], 11, expression, 14, 0.4];
    expect(scaledOpacity(curve, 0.5)).toEqual(['interpolate', ['linear'], ['zoom'], 11, ['*', 0.5, expression], 14, 0.2]);
    expect(scaledOpacity(['step', ['zoom'], 0.8, 12, 0.4], 0.5)).toEqual(['step', ['zoom'], 0.4, 12, 0.2]);
    // A step on data is an expression like any other.
    expect(scaledOpacity(['step', ['get', 'n'], 0.8, 12, 0.4], 0.5)).toEqual(['*', 0.5, ['step', ['get', 'n'], 0.8, 12, 0.4]]);
  });

  it('reads and writes the URL form: known layers, clamped, opaque ones left out', () => {
    expect(parseLayerOpacity('buildings:0.5,roads:0.333,nope:0.2,idleLand:2,protected:-1,districts:x')).toEqual({ buildings: 0.5, roads: 0.33, protected: 0 });
    expect(parseLayerOpacity(null)).toEqual({});
    expect(layerOpacityText({ roads: 0.3, buildings: 0.5, communities: 1 })).toBe('buildings:0.5,roads:0.3');
    expect(parseLayerOpacity(layerOpacityText({ roads: 0.3, buildings: 0.5 }))).toEqual({ roads: 0.3, buildings: 0.5 });
  });

  it('every style layer of a data layer but its labels has an opacity property to scale, and scaled it is a style MapLibre takes', () => {
    const style = offlineStyle();
    const layers = new Map(style.layers.map((layer) => [layer.id, layer]));
    let curves = 0;
    for (const ids of Object.values(STYLE_LAYERS_OF)) {
      for (const id of ids) {
        const layer = layers.get(id)!;
        if (layer.type === 'symbol') {
          expect(OPACITY_PROPERTIES[layer.type], id).toBeUndefined();
          continue;
        }
        expect(OPACITY_PROPERTIES[layer.type], id).toBeDefined();
        const paint = ((layer as { paint?: Record<string, unknown> }).paint ??= {});
        for (const property of OPACITY_PROPERTIES[layer.type]) {
          if (JSON.stringify(paint[property] ?? null).includes('"zoom"')) curves++;
          paint[property] = scaledOpacity(paint[property], 0.5);
        }
      }
    }
    // The communities' fill is a zoom curve (detail-zoom.ts), which a '*' round it would make invalid.
    expect(curves).toBeGreaterThan(0);
    expect(validateStyleMin(style as never)).toEqual([]);
  });
});

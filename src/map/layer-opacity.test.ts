import { describe, expect, it } from 'vitest';
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
  });

  it('reads and writes the URL form: known layers, clamped, opaque ones left out', () => {
    expect(parseLayerOpacity('buildings:0.5,roads:0.333,nope:0.2,idleLand:2,protected:-1,districts:x')).toEqual({ buildings: 0.5, roads: 0.33, protected: 0 });
    expect(parseLayerOpacity(null)).toEqual({});
    expect(layerOpacityText({ roads: 0.3, buildings: 0.5, communities: 1 })).toBe('buildings:0.5,roads:0.3');
    expect(parseLayerOpacity(layerOpacityText({ roads: 0.3, buildings: 0.5 }))).toEqual({ roads: 0.3, buildings: 0.5 });
  });

  it('every style layer of a data layer but its labels has an opacity property to scale, and none is a zoom curve', () => {
    const layers = new Map(offlineStyle().layers.map((layer) => [layer.id, layer]));
    for (const ids of Object.values(STYLE_LAYERS_OF)) {
      for (const id of ids) {
        const layer = layers.get(id)!;
        if (layer.type === 'symbol') {
          expect(OPACITY_PROPERTIES[layer.type], id).toBeUndefined();
          continue;
        }
        expect(OPACITY_PROPERTIES[layer.type], id).toBeDefined();
        for (const property of OPACITY_PROPERTIES[layer.type]) {
          const value = (layer as { paint?: Record<string, unknown> }).paint?.[property];
          expect(JSON.stringify(value ?? null), `${id} ${property}`).not.toContain('"zoom"');
        }
      }
    }
  });
});

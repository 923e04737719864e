/**
 * Layer opacities (layer-opacity.ts) on a MapLibre map: each style layer's own opacity is read
 * once and kept, so a factor always scales the style's value, not the last scaled one.
 */
import type { AllPaintProperties, ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_NAMES } from '../model/layer-names';
import { type LayerOpacity, OPACITY_PROPERTIES, scaledOpacity } from './layer-opacity';
import { STYLE_LAYERS_OF } from './style';

export class StyleOpacity {
  /** `id|property` → the style's own value. */
  private readonly own = new Map<string, unknown>();

  apply(map: MapLibreMap, opacity: LayerOpacity) {
    for (const name of LAYER_NAMES) {
      for (const id of STYLE_LAYERS_OF[name]) {
        const layer = map.getLayer(id);
        if (!layer) continue;
        for (const property of (OPACITY_PROPERTIES[layer.type] ?? []) as (keyof AllPaintProperties)[]) {
          const key = `${id}|${property}`;
          if (!this.own.has(key)) this.own.set(key, map.getPaintProperty(id, property));
          map.setPaintProperty(id, property, scaledOpacity(this.own.get(key), opacity[name] ?? 1) as ExpressionSpecification);
        }
      }
    }
  }
}

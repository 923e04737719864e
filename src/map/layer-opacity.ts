/**
 * A layer's opacity (图层不透明度, UX.md "toggle, opacity, style by field"): a factor 0–1 that
 * scales every opacity its style layers already have, so a layer keeps its own balance (a
 * community's fill at 0.4 and its outline at 1 both fade by the same share). Labels do not fade.
 */
import type { LayerName } from '../model/layer-names';
import { LAYER_NAMES } from '../model/layer-names';

export type LayerOpacity = Partial<Record<LayerName, number>>;

/** The paint properties that carry opacity, by MapLibre layer type. */
export const OPACITY_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  'fill-extrusion': ['fill-extrusion-opacity'],
  // Labels (symbol layers) keep their opacity: names must stay readable over a faded fill.
};

/**
 * The style's own opacity (a number, an expression or undefined = 1) scaled by `factor`. A
 * number stays a number (fill-extrusion-opacity takes no data expression); an expression is
 * multiplied inside MapLibre. None of the style's opacities is a zoom curve, which could not
 * be wrapped (a zoom interpolate must stay at the top).
 */
export function scaledOpacity(base: unknown, factor: number): unknown {
  if (factor === 1) return base;
  if (base === undefined || base === null) return factor;
  if (typeof base === 'number') return Math.round(base * factor * 1000) / 1000;
  return ['*', factor, base];
}

/** `buildings:0.5,roads:0.3` → { buildings: 0.5, roads: 0.3 }: known layers, values in [0, 1), two decimals. */
export function parseLayerOpacity(text: string | null): LayerOpacity {
  const opacity: LayerOpacity = {};
  for (const part of (text ?? '').split(',')) {
    const [name, value] = part.split(':');
    const number = Number(value);
    if (!(LAYER_NAMES as readonly string[]).includes(name) || value === undefined || value === '' || !Number.isFinite(number)) continue;
    const clamped = Math.round(Math.min(1, Math.max(0, number)) * 100) / 100;
    if (clamped < 1) opacity[name as LayerName] = clamped;
  }
  return opacity;
}

/** The URL form of parseLayerOpacity, in layer order; '' when every layer is opaque. */
export function layerOpacityText(opacity: LayerOpacity): string {
  return LAYER_NAMES.flatMap((name) => (opacity[name] !== undefined && opacity[name]! < 1 ? [`${name}:${opacity[name]}`] : [])).join(',');
}

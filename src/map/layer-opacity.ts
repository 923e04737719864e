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
 * multiplied inside MapLibre; a zoom curve has each stop's output scaled, because MapLibre takes
 * a zoom interpolate or step only at the top of an expression (the communities' fill, stronger
 * zoomed out: detail-zoom.ts).
 */
export function scaledOpacity(base: unknown, factor: number): unknown {
  if (factor === 1) return base;
  if (base === undefined || base === null) return factor;
  if (typeof base === 'number') return Math.round(base * factor * 1000) / 1000;
  if (Array.isArray(base) && isZoomCurve(base)) {
    // interpolate: [op, type, input, z1, out1, z2, out2…]; step: [op, input, out0, z1, out1…].
    const firstOutput = base[0] === 'interpolate' ? 4 : 2;
    return base.map((part, i) => i >= firstOutput && (i - firstOutput) % 2 === 0 ? scaledOpacity(part, factor) : part);
  }
  return ['*', factor, base];
}

const isZoomCurve = (expression: unknown[]) => {
  const input = expression[0] === 'interpolate' ? expression[2] : expression[0] === 'step' ? expression[1] : null;
  return Array.isArray(input) && input[0] === 'zoom';
};

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

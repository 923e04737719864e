import { describe, expect, it } from 'vitest';
import { offlineStyle, themePaint } from './style';

const paintOf = (layerId: string, property: string) => {
  const layer = offlineStyle().layers.find((candidate) => candidate.id === layerId) as { paint?: Record<string, unknown> } | undefined;
  return layer?.paint?.[property];
};

describe('the basemap by theme', () => {
  it('the light paint is what the style is drawn with (an export after 深色 is the default map)', () => {
    for (const [layer, property, value] of themePaint('light')) expect(paintOf(layer, property), `${layer} ${property}`).toEqual(value);
  });

  it('the dark paint sets the same properties of layers the style has, with other colours', () => {
    const light = themePaint('light');
    const dark = themePaint('dark');
    expect(dark.map(([layer, property]) => `${layer}|${property}`)).toEqual(light.map(([layer, property]) => `${layer}|${property}`));
    for (const [layer] of dark) expect(offlineStyle().layers.some((candidate) => candidate.id === layer)).toBe(true);
    const background = dark.find(([layer]) => layer === 'background')![2] as string;
    expect(background).not.toEqual(light.find(([layer]) => layer === 'background')![2]);
    // A dark ground: its relative luminance well under the light one's.
    const luminance = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    expect(luminance(background)).toBeLessThan(60);
  });

  it('the dark basemap keeps the fire lanes apart from the other roads', () => {
    const roads = themePaint('dark').find(([layer, property]) => layer === 'roads-line' && property === 'line-color')![2] as unknown[];
    expect(roads[0]).toBe('case');
    expect(roads[2]).not.toEqual(roads[3]);
  });
});

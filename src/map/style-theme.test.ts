import { describe, expect, it } from 'vitest';
import { offlineStyle, themePaint } from './style';
import { contrastRatio, luminance } from './contrast';
import { BASEMAP_THEMES, FLOOR_STEPS, FLOOR_STEPS_OF } from './palette';

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

  it('the dark buildings: a ramp of their own, darker than the light one, lighter as they are taller', () => {
    const ground = BASEMAP_THEMES.dark.background;
    const dark = FLOOR_STEPS_OF.dark;
    expect(FLOOR_STEPS_OF.light).toBe(FLOOR_STEPS);
    expect(dark.map(([floors]) => floors)).toEqual(FLOOR_STEPS.map(([floors]) => floors));
    // Monotone: each step lighter than the one below it, so taller reads stronger on the dark ground.
    for (let i = 1; i < dark.length; i++) expect(luminance(dark[i][1]), `≥${dark[i][0]} floors`).toBeGreaterThan(luminance(dark[i - 1][1]) * 1.2);
    // The lowest still apart from the ground; every step well under the light ramp's lowest, which glared on the dark ground.
    expect(contrastRatio(dark[0][1], ground)).toBeGreaterThan(1.5);
    for (const [, colour] of dark) expect(luminance(colour)).toBeLessThan(luminance(FLOOR_STEPS[0][1]) / 2);
    const paint = (theme: 'light' | 'dark') => themePaint(theme).find(([layer]) => layer === 'buildings-extrusion')![2] as unknown[];
    expect(paint('dark')).toEqual(['step', ['coalesce', ['get', 'floors'], 1], ...dark.flatMap(([floors, colour], i) => (i === 0 ? [colour] : [floors, colour]))]);
    expect(paint('light')).toContain(FLOOR_STEPS[4][1]);
  });
});

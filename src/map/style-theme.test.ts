import { describe, expect, it } from 'vitest';
import { idleColour, offlineStyle, themePaint } from './style';
import { contrastRatio, GLARE, hue, hueDistance, luminance, over, SEEN } from './contrast';
import { communityFillColour, communityLegend, type ColourBy } from './community-colours';
import { BASEMAP_THEMES, FLOOR_STEPS, FLOOR_STEPS_OF, hexToRgb, IDLE_LAND_COLOURS, IDLE_LAND_COLOURS_OF, STATUS_COLOURS } from './palette';
import { IDLE_LAND_KINDS } from '../model/codes';
import { PARKING_COLOURS, parcelColour, shareMetColour, type RGBA } from './layers/parking-colours';

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


const COLOURINGS: ColourBy[] = ['status', 'category', 'propertyManagement', 'item:elevator'];

/** The hex colours a community fill expression can draw (its outputs, the fallback included). */
const fillColours = (expression: unknown): string[] => JSON.stringify(expression).match(/#[0-9a-f]{6}/gi) ?? [];

describe('the community fills by theme', () => {
  const ground = BASEMAP_THEMES.dark.background;
  // The weakest the fill is drawn (from zoom 13 in; stronger further out): the contrast's worst case.
  const opacity = Math.min(...JSON.stringify(paintOf('communities-fill', 'fill-opacity')).match(/0\.\d+/g)!.map(Number).filter((value) => value > 0.05));

  it('the light fills are the style\'s and unchanged; the legend shows the map\'s colours in each theme', () => {
    expect(opacity).toBe(0.4);
    expect(communityFillColour('status')).toEqual(paintOf('communities-fill', 'fill-color'));
    expect(fillColours(communityFillColour('status', 'light'))).toEqual([...Object.values(STATUS_COLOURS), STATUS_COLOURS.candidate]);
    for (const theme of ['light', 'dark'] as const) {
      for (const colourBy of COLOURINGS) {
        expect(new Set(communityLegend(colourBy, theme).map((entry) => entry.colour)), `${theme} ${colourBy}`).toEqual(new Set(fillColours(communityFillColour(colourBy, theme))));
      }
    }
    const dark = themePaint('dark', 'category').find(([layer]) => layer === 'communities-fill')![2];
    expect(dark).toEqual(communityFillColour('category', 'dark'));
  });

  it('every dark fill is seen on the dark ground, at the opacity it is drawn with', () => {
    for (const colourBy of COLOURINGS) {
      for (const { colour, label } of communityLegend(colourBy, 'dark')) {
        expect(contrastRatio(colour, ground), `${colourBy} ${label.en} ${colour}`).toBeGreaterThanOrEqual(SEEN.colour);
        expect(contrastRatio(over(colour, opacity, ground), ground), `${colourBy} ${label.en} ${colour} at ${opacity}`).toBeGreaterThanOrEqual(SEEN.fill);
      }
    }
  });

  it('a dark fill differs from the light one only where the light one was too weak, in the same hue', () => {
    for (const colourBy of COLOURINGS) {
      const light = communityLegend(colourBy, 'light');
      communityLegend(colourBy, 'dark').forEach(({ colour }, i) => {
        const was = light[i].colour;
        if (colour === was) return;
        expect(contrastRatio(over(was, opacity, ground), ground), `${colourBy} ${was}`).toBeLessThan(SEEN.fill);
        expect(luminance(colour)).toBeGreaterThan(luminance(was));
        expect(hueDistance(hue(colour), hue(was)), `${was} → ${colour}`).toBeLessThan(20);
      });
    }
  });
});

describe('the parking view by theme', () => {
  const ground = BASEMAP_THEMES.dark.background;
  const seen = (rgba: readonly number[]) => contrastRatio(over(rgba.slice(0, 3), rgba[3] / 255, ground), ground);
  const dark = PARKING_COLOURS.dark;
  const light = PARKING_COLOURS.light;
  const lines = ['communityLine', 'parcelLine', 'flowWithin', 'flowCross', 'scenarioB'] as const;
  const fills = ['noDeficit', 'unusedParcel'] as const;

  it('every dark line is seen on the dark ground, at its alpha', () => {
    for (const name of lines) expect(seen(dark[name]), name).toBeGreaterThanOrEqual(SEEN.line);
  });

  it('every dark fill is seen: its colour, and the wash at its alpha (the share-met ramp along its length; a parcel fully used)', () => {
    const rows: [string, RGBA][] = [
      ...fills.map((name): [string, RGBA] => [name, dark[name]]),
      ...Array.from({ length: 21 }, (_, i): [string, RGBA] => [`share met ${i * 5}%`, shareMetColour(i / 20, 'dark')]),
      ['parcel fully used', parcelColour(1, 'dark')],
    ];
    for (const [name, rgba] of rows) {
      expect(contrastRatio(rgba.slice(0, 3), ground), name).toBeGreaterThanOrEqual(SEEN.colour);
      expect(seen(rgba), name).toBeGreaterThanOrEqual(SEEN.fill);
    }
    // The parcels' ramp keeps its meaning: the fuller, the stronger on the dark ground too.
    expect(seen(parcelColour(1, 'dark'))).toBeGreaterThan(seen(parcelColour(0.5, 'dark')));
    // The plain fills (no ramp, no meaning in brightness) do not glare.
    for (const name of fills) expect(seen(dark[name]), name).toBeLessThanOrEqual(GLARE);
  });

  it('in dark, no deficit is a grey, the quietest community fill, apart from the ramp\'s 0 % end in lightness too', () => {
    const drawn = (rgba: readonly number[]) => over(rgba.slice(0, 3), rgba[3] / 255, ground);
    const noDeficit = dark.noDeficit;
    expect(Number.isNaN(hue(noDeficit.slice(0, 3)))).toBe(true);
    // Nothing needed reads fainter than any share met, the red "nothing met" end included.
    const ramp = Array.from({ length: 21 }, (_, i) => shareMetColour(i / 20, 'dark'));
    for (const [i, rgba] of ramp.entries()) expect(seen(noDeficit), `share met ${i * 5}%`).toBeLessThan(seen(rgba));
    // A step of lightness from red 0 %, not the hue alone: a greyscale copy or a red-blind viewer still tells them apart.
    expect(contrastRatio(drawn(noDeficit), drawn(shareMetColour(0, 'dark')))).toBeGreaterThanOrEqual(1.4);
  });

  it('the light colours are as they were; a dark one differs only where the light one was too weak there', () => {
    expect(light.noDeficit).toEqual([236, 239, 241, 200]);
    expect(shareMetColour(0)).toEqual([198, 40, 40, 170]);
    expect(shareMetColour(0.5)).toEqual([198, 190, 40, 170]);
    expect(shareMetColour(1)).toEqual([46, 125, 50, 170]);
    expect(light.shareMet.map((rgb) => [...rgb, light.shareMetAlpha])).toEqual([0, 0.5, 1].map((share) => shareMetColour(share)));
    expect(parcelColour(0.5)).toEqual([21, 101, 192, 155]);
    for (const name of lines) if (dark[name].join() !== light[name].join()) expect(seen(light[name]), name).toBeLessThan(SEEN.line);
    // A fill changes where it was too weak (lighter then) or glared (darker then: no deficit's near-white, 9.2 : 1).
    for (const name of fills) {
      if (dark[name].join() === light[name].join()) continue;
      const glared = seen(light[name]) > GLARE;
      expect(glared || seen(light[name]) < SEEN.fill, name).toBe(true);
      expect(luminance(dark[name].slice(0, 3)) < luminance(light[name].slice(0, 3)), name).toBe(glared);
    }
    expect(seen(light.noDeficit)).toBeGreaterThan(GLARE);
    // The ramps change whole: their ends were too weak (red nothing met, the parcels' blue).
    expect(seen(shareMetColour(0))).toBeLessThan(SEEN.fill);
    expect(contrastRatio(light.parcel, ground)).toBeLessThan(SEEN.colour);
  });
});

describe('the idle land by theme', () => {
  const ground = BASEMAP_THEMES.dark.background;
  const opacity = paintOf('idle-fill', 'fill-opacity') as number;
  const seen = (hex: string) => contrastRatio(over(hex, opacity, ground), ground);
  const light = IDLE_LAND_COLOURS_OF.light;
  const dark = IDLE_LAND_COLOURS_OF.dark;

  it('the light colours are the style\'s and unchanged; the dark ones are what themePaint sets, and the legend\'s in each theme', () => {
    expect(opacity).toBe(0.85);
    expect(light).toBe(IDLE_LAND_COLOURS);
    expect(light).toEqual({ vacant: '#d7c29e', wasteland: '#a1887f', idle_land: '#c5a46d', leftover: '#e6b89c', idle_building: '#8d6e63' });
    expect(paintOf('idle-fill', 'fill-color')).toEqual(idleColour('light'));
    for (const theme of ['light', 'dark'] as const) {
      const paint = themePaint(theme).find(([layer, property]) => layer === 'idle-fill' && property === 'fill-color')![2];
      expect(paint).toEqual(idleColour(theme));
      // The legend (Legend.tsx) shows IDLE_LAND_COLOURS_OF[theme]: the colours the map draws each kind in.
      expect(IDLE_LAND_KINDS.map((kind) => (paint as unknown[])[(paint as unknown[]).indexOf(kind) + 1])).toEqual(IDLE_LAND_KINDS.map((kind) => IDLE_LAND_COLOURS_OF[theme][kind]));
    }
  });

  it('in dark each kind is seen and does not glare: its colour ≥ 3 : 1, drawn at 0.85 between 2 and 5 : 1', () => {
    for (const kind of IDLE_LAND_KINDS) {
      expect(contrastRatio(dark[kind], ground), kind).toBeGreaterThanOrEqual(SEEN.colour);
      expect(seen(dark[kind]), kind).toBeGreaterThanOrEqual(SEEN.fill);
      expect(seen(dark[kind]), kind).toBeLessThanOrEqual(GLARE);
    }
    // The light tans glared there (the reason for the change).
    expect(IDLE_LAND_KINDS.filter((kind) => seen(light[kind]) > GLARE)).toEqual(['vacant', 'idle_land', 'leftover']);
  });

  it('each dark kind is a darker shade of its hue, in the same order of lightness, as far apart as the light ones at their closest', () => {
    for (const kind of IDLE_LAND_KINDS) {
      expect(luminance(dark[kind]), kind).toBeLessThan(luminance(light[kind]));
      expect(hueDistance(hue(dark[kind]), hue(light[kind])), kind).toBeLessThan(5);
    }
    const byLightness = (colours: Record<string, string>) => [...IDLE_LAND_KINDS].sort((a, b) => luminance(colours[b]) - luminance(colours[a]));
    expect(byLightness(dark)).toEqual(byLightness(light));
    const distance = (a: string, b: string) => Math.hypot(...hexToRgb(a).map((c, i) => c - hexToRgb(b)[i]));
    const closest = (colours: Record<string, string>) => Math.min(...IDLE_LAND_KINDS.flatMap((a, i) => IDLE_LAND_KINDS.slice(i + 1).map((b) => distance(colours[a], colours[b]))));
    expect(closest(dark)).toBeGreaterThanOrEqual(closest(light));
  });
});

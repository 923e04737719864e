/**
 * The elevator, services, priority and pooling views' colours on the dark ground (view-colours.ts),
 * measured, not listed: every dark line seen at its alpha (≥ 3 : 1), every dark fill seen (its
 * colour ≥ 3 : 1, drawn at its alpha ≥ 2 : 1) and not glaring (drawn ≤ 5 : 1); the light colours
 * unchanged; a dark colour differs only where the light one was too weak or glared, in its hue.
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio, GLARE, hue, hueDistance, over, SEEN } from '../contrast';
import { BASEMAP_THEMES, type MapTheme, VERDICT_COLOURS, hexToRgb } from '../palette';
import type { KeySection } from '../map-key';
import { OVERVIEW_FILLS_OF } from './elevator-communities';
import { UNIT_FILL_ALPHA } from './elevator-units';
import { heatColour, voteKey } from './residents';
import { choroplethColour } from './pooling';
import { ELEVATOR_COLOURS, POOLING_COLOURS, RESIDENTS_COLOURS, type RGBA, SERVICES_COLOURS } from './view-colours';

const ground = BASEMAP_THEMES.dark.background;
const drawn = (rgba: readonly number[]) => contrastRatio(over(rgba.slice(0, 3), rgba[3] / 255, ground), ground);
const alone = (rgba: readonly number[]) => contrastRatio(rgba.slice(0, 3), ground);
const ramp = (colour: (t: number) => RGBA) => Array.from({ length: 21 }, (_, i): [string, RGBA] => [`${i * 5}%`, colour(i / 20)]);
const keyFills = (section: KeySection) => section.entries.flatMap((entry) => (entry.swatch.kind === 'fill' ? [[entry.label.en, [...entry.swatch.colour] as RGBA] as [string, RGBA]] : []));

/** Each view's lines and fills in a theme, by name. */
function colours(theme: MapTheme): { lines: Record<string, RGBA>; fills: Record<string, RGBA> } {
  const e = ELEVATOR_COLOURS[theme];
  const s = SERVICES_COLOURS[theme];
  const r = RESIDENTS_COLOURS[theme];
  const p = POOLING_COLOURS[theme];
  return {
    lines: {
      'unit outline': e.unitOutline, 'sun neighbour outline': e.sunNeighbourLine, 'selected unit': e.selectedLine,
      'services community outline': s.communityLine, 'catchment circle': s.catchmentLine, 'catchment roads': s.catchmentPath, 'site link': s.link, 'site outline': s.siteLine,
      'heat community outline': r.communityLine,
      'arc from': p.arcFrom, 'arc to': p.arcTo, 'district outline': p.districtLine,
    },
    fills: {
      ...Object.fromEntries((['feasible', 'conditional', 'infeasible'] as const).map((v) => [`unit ${v}`, [...e.verdict[v], UNIT_FILL_ALPHA] as RGBA])),
      ...Object.fromEntries(Object.entries(OVERVIEW_FILLS_OF[theme]).map(([v, rgba]) => [`overview ${v}`, rgba])),
      'sun neighbour': e.sunNeighbourFill, 'shaft shadow': e.shaftShadow, 'building shadow': e.buildingShadow,
      covered: s.covered, 'newly covered': s.newly, 'not covered': s.uncovered, 'proposed site': s.siteFill,
      ...Object.fromEntries(ramp((t) => heatColour(t, theme)).map(([at, rgba]) => [`heat ${at}`, rgba])),
      'heat no data': heatColour(null, theme),
      ...Object.fromEntries(ramp((t) => choroplethColour(t, 0, 1, theme)).map(([at, rgba]) => [`choropleth ${at}`, rgba])),
      'choropleth no data': choroplethColour(null, 0, 1, theme),
      ...Object.fromEntries(keyFills(voteKey()).map(([label, rgba]) => [`vote ${label}`, rgba])),
    },
  };
}

const dark = colours('dark');
const light = colours('light');
/** 需协调's amber (the units', the overview's, a vote short of its threshold): bright is what it means. */
const AMBER = hexToRgb(VERDICT_COLOURS.conditional).join();

describe('the analysis views by theme', () => {
  it('every dark line is seen on the dark ground, at its alpha', () => {
    for (const [name, rgba] of Object.entries(dark.lines)) expect(drawn(rgba), name).toBeGreaterThanOrEqual(SEEN.line);
  });

  it('every dark fill is seen, its colour and as drawn at its alpha, and none but the verdict amber glares', () => {
    for (const [name, rgba] of Object.entries(dark.fills)) {
      expect(alone(rgba), name).toBeGreaterThanOrEqual(SEEN.colour);
      expect(drawn(rgba), name).toBeGreaterThanOrEqual(SEEN.fill);
      if (rgba.slice(0, 3).join() !== AMBER) expect(drawn(rgba), name).toBeLessThanOrEqual(GLARE);
    }
    // The catchment's wash stays a faint tint (1.2 : 1), in its outline's purple: its outline is what the key shows.
    expect(SERVICES_COLOURS.dark.catchmentFill.slice(0, 3)).toEqual(SERVICES_COLOURS.dark.catchmentLine.slice(0, 3));
    // The ramps keep their meaning: the more (urgent, asked for, counted), the stronger on the dark ground, step by step.
    for (const colour of [(t: number) => heatColour(t, 'dark'), (t: number) => choroplethColour(t, 0, 1, 'dark')]) {
      const steps = ramp(colour).map(([, rgba]) => drawn(rgba));
      steps.slice(1).forEach((step, i) => expect(step).toBeGreaterThan(steps[i]));
    }
  });

  it('the light colours are as they were', () => {
    expect(ELEVATOR_COLOURS.light).toEqual({
      verdict: { feasible: [46, 125, 50], conditional: [249, 168, 37], infeasible: [198, 40, 40] }, noCandidate: [245, 245, 245, 230], unitOutline: [33, 33, 33, 255],
      sunNeighbourFill: [249, 168, 37, 60], sunNeighbourLine: [230, 120, 0, 255], selectedLine: [255, 111, 0, 255], shaftShadow: [183, 28, 28, 110], buildingShadow: [38, 50, 56, 70],
    });
    expect(SERVICES_COLOURS.light).toEqual({
      covered: [67, 160, 71, 140], newly: [30, 136, 229, 160], uncovered: [211, 47, 47, 150], communityLine: [40, 40, 40, 200], catchmentFill: [94, 53, 177, 25],
      catchmentLine: [94, 53, 177, 180], catchmentPath: [94, 53, 177, 220], link: [30, 136, 229, 230], siteFill: [30, 136, 229, 200], siteLine: [13, 71, 161, 255],
    });
    expect([0, 0.5, 1, null].map((t) => heatColour(t))).toEqual([[255, 237, 160, 200], [220, 137, 95, 200], [185, 37, 30, 200], [200, 200, 200, 110]]);
    expect([100, 1300, 2500, null].map((v) => choroplethColour(v, 100, 2500))).toEqual([[222, 235, 247, 190], [127, 160, 197, 190], [32, 85, 147, 190], [200, 200, 200, 120]]);
    expect([POOLING_COLOURS.light.arcFrom, POOLING_COLOURS.light.arcTo, POOLING_COLOURS.light.districtLine, RESIDENTS_COLOURS.light.communityLine])
      .toEqual([[230, 81, 0, 230], [13, 71, 161, 230], [40, 53, 147, 255], [90, 40, 20, 200]]);
  });

  it('a dark colour differs only where the light one was too weak or glared there: lighter or darker, in the same hue', () => {
    const changed: string[] = [];
    const inRamp = (name: string) => /%$/.test(name);
    for (const kind of ['lines', 'fills'] as const) {
      for (const [name, rgba] of Object.entries(dark[kind])) {
        const was = light[kind][name];
        if (inRamp(name)) expect(hueDistance(hue(rgba.slice(0, 3)), hue(was.slice(0, 3))), `${name} ${was} → ${rgba}`).toBeLessThan(20);
        if (rgba.join() === was.join() || inRamp(name)) continue;
        changed.push(name);
        const weak = kind === 'lines' ? drawn(was) < SEEN.line : alone(was) < SEEN.colour || drawn(was) < SEEN.fill;
        const glared = kind === 'fills' && drawn(was) > GLARE;
        expect(weak || glared, `${name} ${was}`).toBe(true);
        if (weak && !glared) expect(drawn(rgba), name).toBeGreaterThan(drawn(was));
        if (glared) expect(drawn(rgba), name).toBeLessThan(drawn(was));
        // Greys stay greys (a blue-grey outline for a black one); a colour keeps its hue.
        if (!Number.isNaN(hue(was.slice(0, 3)))) expect(hueDistance(hue(rgba.slice(0, 3)), hue(was.slice(0, 3))), `${name} ${was} → ${rgba}`).toBeLessThan(20);
      }
    }
    // A ramp changes whole, each stop in the light one's hue: its ends glared (the pale one) and drew too weak (the deep one).
    for (const name of ['heat', 'choropleth']) {
      const [low, high] = [light.fills[`${name} 0%`], light.fills[`${name} 100%`]];
      expect([drawn(low) > GLARE, alone(high) < SEEN.colour || drawn(high) < SEEN.fill], name).toEqual([true, true]);
    }
    // Measured, the changes: none of the verdicts but 不可行's red (2.92 : 1 alone), nor the votes.
    expect(changed.filter((name) => /feasible|conditional|vote/.test(name))).toEqual(['unit infeasible', 'overview infeasible']);
  });
});

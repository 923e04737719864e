/**
 * 深色 / Dark (src/ui/theme.ts): the header's button turns the UI and the basemap the app draws
 * dark; the choice survives a reload and is on <html> before the app's script runs (no white
 * flash); the map PNG export and the deck's maps (PPTX) are still drawn on the light basemap, and
 * the map is dark again after.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countColour, countInPng, deckLayers, openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

/** The basemap's ground in each theme (src/map/palette.ts BASEMAP_THEMES). */
const LIGHT_GROUND: [number, number, number] = [0xf4, 0xf1, 0xea];
const DARK_GROUND: [number, number, number] = [0x1b, 0x20, 0x25];

const colours = (page: Page, selector: string) => page.evaluate((s) => {
  const style = getComputedStyle(document.querySelector(s)!);
  return { background: style.backgroundColor, color: style.color };
}, selector);

/** The backgrounds of the map legend's swatches in a key (Legend.tsx), as CSS rgb(). */
const swatches = (page: Page, key: string) => page.locator(`.map-legend [data-testid="${key}"] .swatch`).evaluateAll((spans) => spans.map((span) => getComputedStyle(span).backgroundColor));

/** The 3D buildings' colour by floors as the map paints it now (palette.ts FLOOR_STEPS_OF). */
const buildingPaint = (page: Page) => page.evaluate(() => JSON.stringify((window as any).__atlas.map.map.getPaintProperty('buildings-extrusion', 'fill-extrusion-color')));

/** The idle land's colours by kind in each theme (vacant, wasteland, idle land, leftover, idle building: palette.ts). */
const LIGHT_IDLE = ['#d7c29e', '#a1887f', '#c5a46d', '#e6b89c', '#8d6e63'];
const DARK_IDLE = ['#a29277', '#826e66', '#917850', '#9f806c', '#886252'];
const idlePaint = (page: Page) => page.evaluate(() => JSON.stringify((window as any).__atlas.map.map.getPaintProperty('idle-fill', 'fill-color')));

/** Relative luminance (0–1) of a CSS rgb() colour. */
const luminanceOf = (css: string) => {
  const [r, g, b] = css.match(/\d+/g)!.slice(0, 3).map((c) => Number(c) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const hexOf = (css: string) => `#${css.match(/\d+/g)!.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;

describe('深色 theme', () => {
  it('toggles by keyboard, colours the panels and the map, persists, and exports a light PNG', async () => {
    const session = await openApp('#map=15/30.31/120.14/0/0');
    const { page } = session;
    await settle(page);
    const toggle = page.getByTestId('theme-switch');
    // Light by default (UX.md), whatever the system prefers.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await toggle.textContent()).toBe('深色');
    expect(await colours(page, '.panel-left')).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(31, 41, 51)' });
    expect(await countColour(page, LIGHT_GROUND, 3)).toBeGreaterThan(1000);
    // The buildings' key: light greys, low floors lightest; the status key's 已批复 the light theme's blue.
    const lightFloors = await swatches(page, 'legend-buildings');
    expect(lightFloors[0]).toBe('rgb(236, 239, 241)');
    // The idle land's key in the light tans (palette.ts IDLE_LAND_COLOURS), as the map paints it.
    const lightIdle = (await swatches(page, 'legend-idle-land')).map(hexOf);
    expect(lightIdle.length).toBeGreaterThan(0);
    for (const hex of lightIdle) expect(LIGHT_IDLE).toContain(hex);
    expect((await swatches(page, 'legend-communities'))[2]).toBe('rgb(30, 136, 229)');

    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => localStorage.getItem('renewal-atlas:theme'))).toBe('dark');
    expect(await colours(page, '.panel-left')).toEqual({ background: 'rgb(26, 33, 40)', color: 'rgb(230, 234, 238)' });
    expect(await colours(page, '.header')).toEqual({ background: 'rgb(26, 33, 40)', color: 'rgb(230, 234, 238)' });
    expect((await colours(page, '.map-wrapper')).background).toBe('rgb(27, 32, 37)');
    await settle(page);
    expect(await countColour(page, DARK_GROUND, 3)).toBeGreaterThan(1000);
    expect(await countColour(page, LIGHT_GROUND, 3)).toBeLessThan(100); // a few blended edge pixels
    // The buildings no longer glare: a dark ramp on the map and in its key, lighter as taller; 已批复 a lighter blue.
    const darkFloors = await swatches(page, 'legend-buildings');
    expect(darkFloors).toHaveLength(lightFloors.length);
    for (const [i, swatch] of darkFloors.entries()) {
      expect(luminanceOf(swatch), swatch).toBeLessThan(0.4);
      if (i > 0) expect(luminanceOf(swatch)).toBeGreaterThan(luminanceOf(darkFloors[i - 1]));
      expect(await buildingPaint(page)).toContain(`"${hexOf(swatch)}"`);
    }
    expect(await buildingPaint(page)).not.toContain('#eceff1');
    expect((await swatches(page, 'legend-communities'))[2]).toBe('rgb(66, 165, 245)');
    // The idle land no longer glares: each kind's darker shade (DARK_IDLE_LAND_COLOURS), in the key and on the map.
    const darkIdle = (await swatches(page, 'legend-idle-land')).map(hexOf);
    expect(darkIdle).toHaveLength(lightIdle.length);
    for (const [i, hex] of darkIdle.entries()) {
      expect(DARK_IDLE.indexOf(hex), hex).toBe(LIGHT_IDLE.indexOf(lightIdle[i]));
      expect(await idlePaint(page)).toContain(`"${hex}"`);
    }

    // The map PNG is drawn light (paper), and the map is dark again after.
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const png = `data:image/png;base64,${readFileSync(await download.path()).toString('base64')}`;
    expect(await countInPng(page, png, LIGHT_GROUND)).toBeGreaterThan(1000);
    expect(await countInPng(page, png, DARK_GROUND)).toBeLessThan(100);
    await page.keyboard.press('Escape');
    await settle(page);
    expect(await countColour(page, DARK_GROUND, 3)).toBeGreaterThan(1000);
    expect(await countColour(page, LIGHT_GROUND, 3)).toBeLessThan(100); // a few blended edge pixels
    expect(await buildingPaint(page)).not.toContain('#eceff1');
    expect(await swatches(page, 'legend-buildings')).toEqual(darkFloors);

    // Before the app's script runs: index.html's inline script sets the stored theme (no white flash).
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.unroute('**/assets/*.js');

    // After a reload, still dark, the button pressed.
    await page.reload();
    await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 60_000 });
    expect(await page.getByTestId('theme-switch').getAttribute('aria-pressed')).toBe('true');
    expect(await colours(page, '.panel-left')).toEqual({ background: 'rgb(26, 33, 40)', color: 'rgb(230, 234, 238)' });
    await settle(page);
    expect(await countColour(page, DARK_GROUND, 3)).toBeGreaterThan(1000);

    // And back to light.
    await page.getByTestId('theme-switch').click();
    expect(await page.evaluate(() => localStorage.getItem('renewal-atlas:theme'))).toBe('light');
    expect(await colours(page, '.panel-left')).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(31, 41, 51)' });
    await settle(page);
    expect(await countColour(page, LIGHT_GROUND, 3)).toBeGreaterThan(1000);
    expect(await swatches(page, 'legend-buildings')).toEqual(lightFloors);
    expect(await buildingPaint(page)).toContain('#eceff1');
    expect((await swatches(page, 'legend-idle-land')).map(hexOf)).toEqual(lightIdle);
    expect(await idlePaint(page)).toContain(`"${lightIdle[0]}"`);
    expect(session.consoleErrors.filter((error) => !/ERR_FAILED|Failed to load/.test(error))).toEqual([]);
    await session.close();
  });

  it('leaves the plan sheet light (paper), its text in dark ink', async () => {
    const session = await openApp('#sheet=C0003');
    const { page } = session;
    await page.evaluate(() => localStorage.setItem('renewal-atlas:theme', 'dark'));
    await page.reload();
    await page.waitForSelector('[data-sheet-ready="true"]', { timeout: 110_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await colours(page, '.sheet-page')).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(31, 41, 51)' });
    expect(await colours(page, '.sheet-toolbar')).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(31, 41, 51)' });
    expect((await colours(page, '.sheet-sub')).color).toBe('rgb(82, 96, 109)');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('draws the deck’s maps (PPTX) on the light basemap too', async () => {
    const session = await openApp('#map=15/30.31/120.14/0/0');
    const { page } = session;
    await settle(page);
    await page.getByTestId('theme-switch').click();
    await page.getByTestId('tab-scenes').click();
    await page.getByTestId('scene-title').fill('开场');
    await page.getByTestId('scene-save').click();
    await settle(page);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('deck-export').click()]);
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const images = Object.keys(zip).filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png'));
    expect(images).toHaveLength(1);
    const png = `data:image/png;base64,${Buffer.from(zip[images[0]]).toString('base64')}`;
    expect(await countInPng(page, png, LIGHT_GROUND)).toBeGreaterThan(1000);
    expect(await countInPng(page, png, DARK_GROUND)).toBeLessThan(100);
    await page.getByTestId('deck-export-status').waitFor({ state: 'detached' });
    await settle(page);
    expect(await countColour(page, DARK_GROUND, 3)).toBeGreaterThan(1000);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('draws the parking view in lighter shades on the dark ground, its key with them, and back in light', async () => {
    const session = await openApp('#analysis=parking&mode=cross');
    const { page } = session;
    await page.evaluate(() => localStorage.setItem('renewal-atlas:theme', 'dark'));
    await page.reload();
    await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 60_000 });
    const flowKey = page.locator('.map-legend [data-testid="legend-key-parking-flows"] .swatch-line');
    await flowKey.first().waitFor({ timeout: 60_000 });
    await settle(page);
    expect((await deckLayers(page)).some((layer) => layer.id.startsWith('parking-flows') && layer.items > 0)).toBe(true);
    const rgbOf = async () => (await flowKey.evaluateAll((spans) => spans.map((span) => getComputedStyle(span).backgroundColor))).map((css) => css.match(/\d+/g)!.slice(0, 3).map(Number));
    // Within a district: blue 300 on the dark ground (parking-colours.ts), not the light theme's navy; across: the same orange.
    expect(await rgbOf()).toEqual([[100, 181, 246], [230, 81, 0]]);
    await expect(page.locator('.map-legend [data-testid="legend-key-parking-parcels"]').textContent()).resolves.toContain('越亮');
    // 无缺口 in a quiet grey 600 (150/255), not the light theme's near-white, which glared.
    const noDeficitKey = page.locator('.map-legend [data-testid="legend-key-parking-communities"] .swatch').last();
    // As RGBA with the alpha in 0–255 (the browser keeps it to 8 bits, writes it to 2 or 3 decimals).
    const noDeficit = async () => (await noDeficitKey.evaluate((span) => getComputedStyle(span).backgroundColor)).match(/[\d.]+/g)!.map(Number).map((c, i) => (i === 3 ? Math.round(c * 255) : c));
    expect(await noDeficit()).toEqual([117, 117, 117, 150]);
    await page.getByTestId('theme-switch').click();
    await settle(page);
    expect(await rgbOf()).toEqual([[13, 71, 161], [230, 81, 0]]);
    expect(await noDeficit()).toEqual([236, 239, 241, 200]);
    await expect(page.locator('.map-legend [data-testid="legend-key-parking-parcels"]').textContent()).resolves.toContain('越深');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('draws the elevator view, the summary\'s status chips and the dashboard\'s status bars in the dark shades of the map legend, and light again in light', async () => {
    const session = await openApp('#analysis=elevators');
    const { page } = session;
    await page.evaluate(() => localStorage.setItem('renewal-atlas:theme', 'dark'));
    await page.reload();
    await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 60_000 });
    // The overview's key (below zoom 16, where the first view is): 可行, 需协调, 不可行, no candidate.
    const overviewKey = page.locator('.map-legend [data-testid="legend-key-elevator-communities"] .swatch');
    await overviewKey.first().waitFor({ timeout: 60_000 });
    await settle(page);
    const rgbOf = async () => (await overviewKey.evaluateAll((spans) => spans.map((span) => getComputedStyle(span).backgroundColor))).map((css) => css.match(/[\d.]+/g)!.slice(0, 3).map(Number));
    /** Canvas pixels of the status chart within 3 of an RGB, once ECharts has drawn it. */
    const inChart = async (rgb: [number, number, number]) => {
      await page.locator('[data-testid="chart-status"][data-drawn="true"]').waitFor({ timeout: 60_000 });
      return page.evaluate(([r, g, b]) => {
        const canvas = document.querySelector('[data-testid="chart-status"] canvas') as HTMLCanvasElement;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) <= 3 && Math.abs(data[i + 1] - g) <= 3 && Math.abs(data[i + 2] - b) <= 3) count++;
        return count;
      }, rgb);
    };
    const DARK_APPROVED: [number, number, number] = [66, 165, 245]; // #42a5f5, the map's 已批复 under 深色
    const LIGHT_APPROVED: [number, number, number] = [30, 136, 229]; // #1e88e5
    // 不可行 in red 600 and no candidate in grey 600 on the dark ground (view-colours.ts); 可行 and 需协调 as in light.
    expect(await rgbOf()).toEqual([[46, 125, 50], [249, 168, 37], [229, 57, 53], [117, 117, 117]]);
    // The overview on the map in the same colours as its key.
    const overviewFill = (verdict: string) => page.evaluate((v) => {
      const layer = (window as any).__atlas.map.analysisLayers.find((candidate: any) => candidate.id === 'elevator-communities');
      return layer.props.getFillPatternBackgroundColor({ properties: { verdict: v } });
    }, verdict);
    expect(await overviewFill('infeasible')).toEqual([229, 57, 53, 230]);
    expect(await inChart(DARK_APPROVED)).toBeGreaterThan(20);
    expect(await inChart(LIGHT_APPROVED)).toBe(0);
    // The summary's chips: the legend's 已批复 of the theme.
    await page.getByTestId('analysis-tab-summary').click();
    const chips = page.locator('[data-testid="summary-panel"] .status-list .swatch');
    await chips.first().waitFor({ timeout: 60_000 });
    expect(await chips.nth(2).evaluate((span) => getComputedStyle(span).backgroundColor)).toBe('rgb(66, 165, 245)');

    // And back in light: the light shades everywhere.
    await page.getByTestId('theme-switch').click();
    expect(await chips.nth(2).evaluate((span) => getComputedStyle(span).backgroundColor)).toBe('rgb(30, 136, 229)');
    await page.getByTestId('analysis-tab-elevators').click();
    await overviewKey.first().waitFor({ timeout: 60_000 });
    await settle(page);
    expect(await rgbOf()).toEqual([[46, 125, 50], [249, 168, 37], [198, 40, 40], [245, 245, 245]]);
    expect(await overviewFill('infeasible')).toEqual([198, 40, 40, 230]);
    expect(await inChart(LIGHT_APPROVED)).toBeGreaterThan(20);
    expect(await inChart(DARK_APPROVED)).toBe(0);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});

/**
 * Online basemaps (DESIGN §5): off by default (the app test checks nothing leaves localhost);
 * chosen in the layer panel, OpenStreetMap's tiles are requested and drawn under the layers,
 * credited on the map; 天地图 asks for a key, keeps it in this browser (never in the URL) and
 * requests its tiles with it. There is no internet here: the tile requests are answered by
 * the test with one flat colour, which must then show on the map. Under 深色 the tiles are
 * darkened by their paint (src/map/basemap-paint.ts), the map PNG still drawn with them as served.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countColour, countInPng, openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

/** A 256-pixel PNG tile of one colour, made by the page's own canvas. */
async function flatTile(page: Page, colour: string): Promise<Buffer> {
  const base64 = await page.evaluate((fill) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 256;
    const context = canvas.getContext('2d')!;
    context.fillStyle = fill;
    context.fillRect(0, 0, 256, 256);
    return canvas.toDataURL('image/png').split(',')[1];
  }, colour);
  return Buffer.from(base64, 'base64');
}

/** Answers the page's requests to `url` with `tile` (CORS allowed); returns the list of URLs asked for. */
async function answerTiles(page: Page, url: string | RegExp, tile: Buffer): Promise<string[]> {
  const requested: string[] = [];
  await page.route(url, (route) => {
    requested.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: tile, headers: { 'access-control-allow-origin': '*' } });
  });
  return requested;
}

/** The raster paint (basemap-paint.ts) of a basemap layer, through the app's test hook. */
const rasterPaint = (page: Page, layer: string) => page.evaluate((id) => {
  const map = (window as any).__atlas.map.map;
  return Object.fromEntries(['raster-brightness-min', 'raster-brightness-max', 'raster-saturation', 'raster-contrast', 'raster-hue-rotate'].map((property) => [property, map.getPaintProperty(id, property)]));
}, layer);

const AS_SERVED = { 'raster-brightness-min': 0, 'raster-brightness-max': 1, 'raster-saturation': 0, 'raster-contrast': 0, 'raster-hue-rotate': 0 };
const MAP_TURNED_OVER = { 'raster-brightness-min': 0.85, 'raster-brightness-max': 0.1, 'raster-saturation': -0.3, 'raster-contrast': 0, 'raster-hue-rotate': 180 };
const DIMMED = { 'raster-brightness-min': 0, 'raster-brightness-max': 0.55, 'raster-saturation': -0.4, 'raster-contrast': 0, 'raster-hue-rotate': 0 };

describe('online basemap', () => {
  it('OpenStreetMap: chosen in the panel, its tiles drawn under the layers and credited; in the URL', async () => {
    const session = await openApp('#map=13/30.31/120.14/0/0');
    const { page } = session;
    const tile = await flatTile(page, '#ff00ff');
    const requested = await answerTiles(page, 'https://tile.openstreetmap.org/**', tile);
    expect(await countColour(page, [255, 0, 255], 6)).toBe(0);
    await page.getByTestId('basemap').selectOption('osm');
    await page.waitForFunction(() => location.hash.includes('basemap=osm'));
    await page.getByTestId('basemap-attribution').waitFor();
    await expect(page.getByTestId('basemap-attribution').textContent()).resolves.toContain('OpenStreetMap');
    await settle(page);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.every((url) => /^https:\/\/tile\.openstreetmap\.org\/1\d\/\d+\/\d+\.png$/.test(url))).toBe(true);
    // Magenta where no layer draws (around the district at zoom 13): thousands of pixels.
    expect(await countColour(page, [255, 0, 255], 6)).toBeGreaterThan(5_000);

    // Back to none: the tiles go, and so does the credit.
    await page.getByTestId('basemap').selectOption('none');
    await settle(page);
    expect(await countColour(page, [255, 0, 255], 6)).toBe(0);
    expect(await page.getByTestId('basemap-attribution').count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 60_000);

  it('天地图: asks for a key, then draws its tiles with it; the key stays in this browser, out of the URL', async () => {
    const session = await openApp('#map=13/30.31/120.14/0/0&basemap=tianditu-imagery');
    const { page } = session;
    const tile = await flatTile(page, '#00ffff');
    const requested = await answerTiles(page, /^https:\/\/t[0-7]\.tianditu\.gov\.cn\//, tile);
    await page.getByTestId('tianditu-key-missing').waitFor();
    await settle(page);
    expect(requested).toEqual([]);

    await page.getByTestId('tianditu-key').fill('test-key-123');
    await page.getByTestId('basemap-attribution').waitFor();
    await expect(page.getByTestId('basemap-attribution').textContent()).resolves.toContain('天地图');
    await settle(page);
    expect(requested.some((url) => url.includes('/img_w/wmts?') && url.endsWith('tk=test-key-123'))).toBe(true);
    expect(requested.some((url) => url.includes('/cia_w/wmts?'))).toBe(true);
    expect(await countColour(page, [0, 255, 255], 6)).toBeGreaterThan(5_000);
    expect(page.url()).toContain('basemap=tianditu-imagery');
    expect(page.url()).not.toContain('test-key-123');

    // A reload keeps the key (this browser's storage) and the basemap (the URL).
    await page.reload();
    await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 60_000 });
    await expect(page.getByTestId('tianditu-key').inputValue()).resolves.toBe('test-key-123');
    await page.getByTestId('basemap-attribution').waitFor();
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 60_000);

  it('the bureau\'s own tile server: a bad template is explained, a good one drawn; kept in this browser, out of the URL', async () => {
    const session = await openApp('#map=13/30.31/120.14/0/0&basemap=custom');
    const { page } = session;
    const tile = await flatTile(page, '#ffff00');
    const requested = await answerTiles(page, 'http://gis.example.gov.cn/**', tile);
    await page.getByTestId('custom-tiles-problem').waitFor();
    await page.getByTestId('custom-tiles').fill('http://gis.example.gov.cn/tiles/{z}/{x}.png');
    await expect(page.getByTestId('custom-tiles-problem').textContent()).resolves.toContain('{z}、{x} 和 {y}');
    await page.getByTestId('custom-tiles').fill('http://gis.example.gov.cn/tiles/{z}/{x}/{y}.png');
    await page.getByTestId('basemap-attribution').waitFor();
    await settle(page);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.every((url) => /^http:\/\/gis\.example\.gov\.cn\/tiles\/1\d\/\d+\/\d+\.png$/.test(url))).toBe(true);
    expect(await countColour(page, [255, 255, 0], 6)).toBeGreaterThan(5_000);
    expect(page.url()).not.toContain('gis.example');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 60_000);

  it('深色 darkens the tiles by their paint: a map turned over, a bureau\'s own dimmed, on a change of basemap too; the PNG as served', async () => {
    const session = await openApp('#map=13/30.31/120.14/0/0');
    const { page } = session;
    await answerTiles(page, 'https://tile.openstreetmap.org/**', await flatTile(page, '#ff00ff'));
    await answerTiles(page, 'http://gis.example.gov.cn/**', await flatTile(page, '#ffff00'));
    await page.getByTestId('basemap').selectOption('osm');
    await page.getByTestId('basemap-attribution').waitFor();
    await settle(page);
    expect(await rasterPaint(page, 'basemap-osm')).toEqual(AS_SERVED);
    expect(await countColour(page, [255, 0, 255], 6)).toBeGreaterThan(5_000);

    // Dark: OpenStreetMap's lightness turned over, its hue turned back: magenta drawn a darker magenta.
    await page.getByTestId('theme-switch').click();
    await settle(page);
    expect(await rasterPaint(page, 'basemap-osm')).toEqual(MAP_TURNED_OVER);
    expect(await countColour(page, [255, 0, 255], 6)).toBe(0);
    expect(await countColour(page, [134, 0, 134], 6)).toBeGreaterThan(5_000);

    // Another basemap chosen in dark: its new layer is painted dark at once (a photo or a map: dimmed).
    await page.getByTestId('basemap').selectOption('custom');
    await page.getByTestId('custom-tiles').fill('http://gis.example.gov.cn/tiles/{z}/{x}/{y}.png');
    await page.getByTestId('basemap-attribution').waitFor();
    await settle(page);
    expect(await rasterPaint(page, 'basemap-custom')).toEqual(DIMMED);
    expect(await countColour(page, [255, 255, 0], 6)).toBe(0);
    expect(await countColour(page, [122, 122, 37], 6)).toBeGreaterThan(5_000);

    // The map PNG is drawn light (paper): the tiles as served; the map dark again after.
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const png = `data:image/png;base64,${readFileSync(await download.path()).toString('base64')}`;
    expect(await countInPng(page, png, [255, 255, 0])).toBeGreaterThan(5_000);
    expect(await countInPng(page, png, [122, 122, 37])).toBeLessThan(100);
    await page.keyboard.press('Escape');
    await settle(page);
    expect(await rasterPaint(page, 'basemap-custom')).toEqual(DIMMED);
    expect(await countColour(page, [122, 122, 37], 6)).toBeGreaterThan(5_000);

    // Back to light: as served.
    await page.getByTestId('theme-switch').click();
    await settle(page);
    expect(await rasterPaint(page, 'basemap-custom')).toEqual(AS_SERVED);
    expect(await countColour(page, [255, 255, 0], 6)).toBeGreaterThan(5_000);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 90_000);
});

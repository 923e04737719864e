/**
 * The legend says what the map shows (map-key.ts): each analysis's key from the same colours
 * as its layers, the basemap's community colours left out under an analysis that fills every
 * community; the elevator key follows the zoom (the community overview below 16, the units
 * from 16); the map PNG carries the same legend.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckLayers, jumpAndSettle, openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

const mapLegend = (page: import('playwright-core').Page) => page.locator('.map-legend [data-testid="legend"]');

describe('legend', () => {
  it('parking: the share-met key replaces the status colours; back on the summary they return', async () => {
    const session = await openApp('#analysis=parking&mode=cross');
    const { page } = session;
    const legend = mapLegend(page);
    await legend.getByTestId('legend-key-parking-communities').waitFor({ timeout: 60_000 });
    await expect(legend.getByTestId('legend-key-parking-communities').textContent()).resolves.toContain('无缺口');
    await expect(legend.getByTestId('legend-key-parking-flows').textContent()).resolves.toContain('跨片区调配');
    expect(await legend.getByTestId('legend-communities').count()).toBe(0);

    // The PNG export draws the same legend (its patterns and ramps on a 2D canvas) without an error.
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const png = readFileSync(await download.path());
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(500);

    await page.evaluate(() => (window as any).__atlas.store.update({ analysis: 'summary', params: {} }));
    await legend.getByTestId('legend-communities').waitFor();
    expect(await legend.getByTestId('legend-key-parking-communities').count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 120_000);

  it('elevators: communities by verdict below zoom 16, with their key; units, marks and the status key from 16', async () => {
    const session = await openApp('#analysis=elevators&map=14.6/30.31/120.14/0/0');
    const { page } = session;
    await page.getByTestId('elevator-candidates').waitFor({ timeout: 60_000 });
    const legend = mapLegend(page);
    await legend.getByTestId('legend-key-elevator-communities').waitFor();
    await settle(page);
    let layers = await deckLayers(page);
    expect(layers.find((layer) => layer.id === 'elevator-communities')).toMatchObject({ items: 40, drawn: true });
    expect(layers.find((layer) => layer.id === 'elevator-marks')?.drawn).toBe(false);
    expect(await legend.getByTestId('legend-key-elevator-units').count()).toBe(0);
    expect(await legend.getByTestId('legend-communities').count()).toBe(0);
    const overviewKey = await legend.getByTestId('legend-key-elevator-communities').textContent();
    for (const word of ['可行', '需协调', '不可行', '无候选楼栋']) expect(overviewKey).toContain(word);

    await jumpAndSettle(page, [120.138, 30.314], 17);
    await page.waitForFunction(() => (window as any).__atlas.store.get().camera?.zoom >= 16.99);
    await legend.getByTestId('legend-key-elevator-units').waitFor();
    await expect(legend.getByTestId('legend-key-elevator-units').textContent()).resolves.toContain('✓');
    expect(await legend.getByTestId('legend-key-elevator-communities').count()).toBe(0);
    await legend.getByTestId('legend-communities').waitFor();
    layers = await deckLayers(page);
    expect(layers.find((layer) => layer.id === 'elevator-communities')?.drawn).toBe(false);
    expect(layers.find((layer) => layer.id === 'elevator-marks')?.drawn).toBe(true);

    // During a slow flight out across zoom 16 the key changes where the layers do, mid-flight.
    // The map is read in the page the moment the key appears (a MutationObserver): read from
    // here, a few round trips later, a loaded machine had often seen the flight over already.
    await page.evaluate(() => {
      const atlas = (window as any).__atlas;
      const card = document.querySelector('.map-legend [data-testid="legend"]')!;
      const observer = new MutationObserver(() => {
        if (!card.querySelector('[data-testid="legend-key-elevator-communities"]')) return;
        observer.disconnect();
        const layers = atlas.map.deckLayerSummary();
        const drawn = (id: string) => layers.find((layer: { id: string }) => layer.id === id)?.drawn;
        atlas.keyChanged = {
          moving: atlas.map.map.isMoving(), zoom: atlas.map.map.getZoom(), units: Boolean(card.querySelector('[data-testid="legend-key-elevator-units"]')),
          communitiesDrawn: drawn('elevator-communities'), marksDrawn: drawn('elevator-marks'),
        };
      });
      observer.observe(card, { childList: true, subtree: true });
      atlas.map.map.flyTo({ center: [120.14, 30.31], zoom: 14.6, duration: 6000 });
    });
    const keyChanged = await page.waitForFunction(() => (window as any).__atlas.keyChanged).then((handle) => handle.jsonValue());
    expect(keyChanged).toMatchObject({ moving: true, units: false, communitiesDrawn: true, marksDrawn: false });
    expect(keyChanged.zoom).toBeLessThan(16);
    expect(keyChanged.zoom).toBeGreaterThan(14.6);
    await page.waitForFunction(() => !(window as any).__atlas.map.map.isMoving(), undefined, { timeout: 15_000 });
    await legend.getByTestId('legend-key-elevator-communities').waitFor();

    // Export with the patterned key drawn too (dots and hatch on the canvas).
    await jumpAndSettle(page, [120.14, 30.31], 14.6);
    await legend.getByTestId('legend-key-elevator-communities').waitFor();
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(readFileSync(await download.path()).length).toBeGreaterThan(10_000);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 120_000);

  it('sits in the map at the bottom left, whatever the panels, clear of the scale bar; collapses', async () => {
    type Box = { x: number; y: number; width: number; height: number };
    const inside = (inner: Box, outer: Box) => inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
    const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    for (const [hash, viewport] of [['#analysis=parking&dashboard=0', { width: 1400, height: 900 }], ['#analysis=parking', { width: 1400, height: 900 }], ['#analysis=parking&dashboard=0', { width: 1280, height: 720 }], ['#analysis=parking', { width: 1024, height: 768 }]] as const) {
      const session = await openApp(hash, viewport);
      const { page } = session;
      const card = page.getByTestId('map-legend');
      const map = (await page.getByTestId('map').boundingBox())!;
      if (map.height < 480) {
        // A short map (1024 × 768 with the dashboard) starts with the legend collapsed; it opens on a click.
        expect(await card.getByTestId('map-legend-toggle').getAttribute('aria-expanded'), `${hash} ${viewport.width}`).toBe('false');
        await card.getByTestId('map-legend-toggle').click();
      }
      await card.getByTestId('legend-key-parking-communities').waitFor({ timeout: 60_000 });
      const box = (await card.boundingBox())!;
      expect(inside(box, map), `${hash} ${viewport.width}`).toBe(true);
      expect(box.x - map.x).toBeLessThan(20);
      expect(map.y + map.height - (box.y + box.height)).toBeLessThan(20);
      expect(apart(box, (await page.locator('.maplibregl-ctrl-scale').boundingBox())!)).toBe(true);
      // Hiding the layer panel leaves the legend, as the map keeps the parking colours; hiding
      // the analysis too takes its layers off, and the legend keys the status colours left.
      await page.locator('.header-nav button').nth(0).click();
      expect(await page.locator('.panel-left').count()).toBe(0);
      await card.getByTestId('legend-key-parking-communities').waitFor();
      await page.locator('.header-nav button').nth(1).click();
      await card.getByTestId('legend-communities').waitFor();
      await session.close();
    }

    const session = await openApp('#analysis=parking');
    const { page } = session;
    const card = page.getByTestId('map-legend');
    await card.getByTestId('legend-key-parking-communities').waitFor({ timeout: 60_000 });
    const open = (await card.boundingBox())!;
    await card.getByTestId('map-legend-toggle').click();
    expect(await card.getByTestId('map-legend-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await card.getByTestId('legend-key-parking-communities').isVisible()).toBe(false);
    expect((await card.boundingBox())!.height).toBeLessThan(open.height / 3);
    await card.getByTestId('map-legend-toggle').click();
    await card.getByTestId('legend-key-parking-communities').waitFor();
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 240_000);

  it('collapses on a short map and opens when the map grows, until the planner chooses', async () => {
    // The dashboard is open by default (DESIGN §5).
    const session = await openApp('#analysis=parking', { width: 1024, height: 768 });
    const { page } = session;
    const toggle = page.getByTestId('map-legend-toggle');
    await page.getByTestId('map-legend').getByTestId('legend-key-parking-communities').waitFor({ state: 'attached', timeout: 60_000 });
    const expanded = () => toggle.getAttribute('aria-expanded');
    expect(await expanded()).toBe('false');
    const dashboardButton = page.getByTestId('toggle-dashboard');
    await dashboardButton.click(); // the dashboard closes: the map is tall again
    await expect.poll(expanded).toBe('true');
    await dashboardButton.click();
    await expect.poll(expanded).toBe('false');
    await toggle.click(); // opened by hand: it stays open whatever the map does
    await dashboardButton.click();
    await dashboardButton.click();
    // The map is short again, and the legend has seen it (its ResizeObserver, then React): open all the same.
    await page.waitForFunction(() => document.querySelector('[data-testid="map-legend"]')!.parentElement!.clientHeight < 480);
    await settle(page);
    expect(await expanded()).toBe('true');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 120_000);

  it('exports a PNG from a small map (1024 × 768, dashboard open) with its furniture laid out', async () => {
    const session = await openApp('#analysis=elevators', { width: 1024, height: 768 });
    const { page } = session;
    // The card starts collapsed on this short map; the PNG draws its own legend all the same.
    await page.getByTestId('map-legend').getByTestId('legend-key-elevator-communities').waitFor({ state: 'attached', timeout: 60_000 });
    await settle(page);
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const png = readFileSync(await download.path());
    if (process.env.KEEP_PNG) writeFileSync(process.env.KEEP_PNG, png);
    const canvas = await page.evaluate(() => { const c = (window as any).__atlas.map.map.getCanvas(); return [c.width, c.height]; });
    // As tall as the map; as wide, or wider with the legend beside a map too small to hold it.
    expect(png.readUInt32BE(20)).toBe(canvas[1]);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(canvas[0]);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 120_000);
});

/**
 * The basemap's level of detail (src/map/detail-zoom.ts), as a planner sees it on the demo:
 * zoomed out past 13 only the main roads are drawn and the layer list says why; the idle land
 * keeps its fills without their outlines; zoomed in again, every road and outline is back. Below
 * zoom 12 the buildings are left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

/** Zooms the map (centre kept) and waits until MapLibre has drawn the new tiles. */
const zoomTo = (page: Page, zoom: number) =>
  page.evaluate((target) => new Promise<void>((resolve) => {
    const map = (window as any).__atlas.map.map;
    map.once('idle', () => resolve());
    map.jumpTo({ zoom: target });
  }), zoom);

/** What MapLibre draws now: the road widths of roads-line, and how many parcel fills and outlines. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const map = (window as any).__atlas.map.map;
    const widths = map.queryRenderedFeatures({ layers: ['roads-line'] }).map((feature: any) => feature.properties.widthM ?? 4);
    return {
      widths: widths as number[],
      idleFills: map.queryRenderedFeatures({ layers: ['idle-fill'] }).length as number,
      idleOutlines: map.queryRenderedFeatures({ layers: ['idle-line'] }).length as number,
    };
  });

describe('the basemap zoomed out', () => {
  it('draws only the main roads and the parcels without outlines below zoom 13, and says so in the layer list', async () => {
    const session = await openApp();
    const { page } = session;
    await page.waitForSelector('[data-atlas-ready]');
    await settle(page);
    // The demo opens at zoom 14 or closer: every road, no note.
    const near = await drawn(page);
    expect(near.widths.some((width) => width < 12)).toBe(true);
    expect(near.idleOutlines).toBeGreaterThan(0);
    expect(await page.getByTestId('layer-note-roads').count()).toBe(0);

    await zoomTo(page, 12.5);
    const far = await drawn(page);
    expect(far.widths.length).toBeGreaterThan(0);
    expect(Math.min(...far.widths)).toBeGreaterThanOrEqual(12);
    expect(far.idleFills).toBeGreaterThan(0);
    expect(far.idleOutlines).toBe(0);
    await expect.poll(() => page.getByTestId('layer-note-roads').textContent()).toContain('只显示 12 米及以上的干道');

    // Hiding the roads takes the note with them: it speaks of what is drawn.
    await page.getByTestId('layer-toggle-roads').uncheck();
    await expect.poll(() => page.getByTestId('layer-note-roads').count()).toBe(0);
    await page.getByTestId('layer-toggle-roads').check();

    await zoomTo(page, 13);
    const back = await drawn(page);
    expect(back.widths.some((width) => width < 12)).toBe(true);
    expect(back.idleOutlines).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('layer-note-roads').count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('draws the buildings from zoom 12 in (further out they are left out, the layer list says so and the legend drops their key), and names a district once its name fits', async () => {
    const session = await openApp();
    const { page } = session;
    await page.waitForSelector('[data-atlas-ready]');
    await settle(page);
    const buildings = () => page.evaluate(() => (window as any).__atlas.map.map.queryRenderedFeatures({ layers: ['buildings-extrusion'] }).length as number);
    expect(await buildings()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('legend-buildings').count()).toBe(1);
    const districtNames = () => page.evaluate(() => (window as any).__atlas.map.map.queryRenderedFeatures({ layers: ['districts-label'] }).length as number);
    await zoomTo(page, 11.5);
    expect(await buildings()).toBe(0);
    // Nor are the districts named while narrower than their names (LABEL_FITS: the demo's 0.0084°
    // districts are 34 px across at zoom 11 taken half a zoom up, their names 51 px).
    expect(await districtNames()).toBe(0);
    await expect.poll(() => page.getByTestId('layer-note-buildings').textContent()).toBe('视图较远：放大到 12 级显示楼栋');
    await expect.poll(() => page.getByTestId('legend-buildings').count()).toBe(0);
    await zoomTo(page, 12.2);
    expect(await buildings()).toBeGreaterThan(0);
    expect(await districtNames()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('layer-note-buildings').count()).toBe(0);
    await expect.poll(() => page.getByTestId('legend-buildings').count()).toBe(1);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});

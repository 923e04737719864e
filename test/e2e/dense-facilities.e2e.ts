/**
 * Facilities (and protected trees) too dense to draw at a zoom (detail-zoom.ts pointsMinZoom):
 * the province demo's 16,537 dots covered its communities' status colours at the overview. Imported here as a
 * planner's file of 400 facilities 100 m apart, they are left out further out than their zoom,
 * and the layer list says from which zoom they are drawn, the legend drops their key; closer
 * in, they are drawn and both are back. Nor is an unseen facility picked by a click.
 */
import type { FeatureCollection, Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickMapAt, openApp, pixelAt, settle, startHarness, stopHarness } from './harness';
import { pointsMinZoom } from '../../src/map/detail-zoom';

beforeAll(startHarness);
afterAll(stopHarness);

const CENTRE: [number, number] = [120.1625, 30.2825];
const collection: FeatureCollection = {
  type: 'FeatureCollection',
  features: Array.from({ length: 400 }, (_, i) => ({
    type: 'Feature',
    properties: { id: `F-${i}`, type: i % 2 ? 'elderly_care' : 'clinic', name: `设施${i}` },
    geometry: { type: 'Point', coordinates: [CENTRE[0] + ((i % 20) - 9.5) * 0.001, CENTRE[1] + (Math.floor(i / 20) - 9.5) * 0.0009] },
  })),
};
const from = pointsMinZoom(collection);
// Ancient trees on the same grid, offset by half a step each way (70 m: clear of the facilities' dots at 12.9): the same density, the same zoom.
const trees: FeatureCollection = {
  type: 'FeatureCollection',
  features: collection.features.map((feature, i) => ({
    type: 'Feature',
    properties: { id: `T-${i}`, kind: 'ancient_tree', name: `古树${i}` },
    geometry: { type: 'Point', coordinates: [(feature.geometry as { coordinates: number[] }).coordinates[0] + 0.0005, (feature.geometry as { coordinates: number[] }).coordinates[1] + 0.00045] as [number, number] },
  })),
};

/** Jumps the map to the grid's centre at `zoom` and waits until MapLibre has drawn it. */
const viewAt = (page: Page, zoom: number) =>
  page.evaluate(([centre, target]) => new Promise<void>((resolve) => {
    const map = (window as any).__atlas.map.map;
    map.once('idle', () => resolve());
    map.jumpTo({ center: centre, zoom: target });
  }), [CENTRE, zoom] as const);
const F210 = (collection.features[210].geometry as Point).coordinates as [number, number];

/**
 * How many of a layer's points show on the canvas: their centre's pixel differs from the empty
 * ground's. Not queryRenderedFeatures, which also returns the features of a layer hidden by a
 * fractional minzoom (12.6) in a tile of zoom 12: MapLibre cuts the tile's features from the
 * rounded-down zoom and skips them only when drawing.
 */
async function drawn(page: Page, points: FeatureCollection) {
  const ground = await pixelAt(page, [CENTRE[0] + 0.05, CENTRE[1] + 0.05]);
  let count = 0;
  for (const feature of points.features.slice(0, 60)) {
    const pixel = await pixelAt(page, (feature.geometry as Point).coordinates as [number, number]);
    if (pixel.some((value, i) => Math.abs(value - ground[i]) > 24)) count++;
  }
  return count;
}

describe('dense facilities', () => {
  it('are left out further out than their zoom, said in the layer list, and drawn closer in', async () => {
    // 400 about 100 m apart (a grid of 1.9 km × 1.7 km, over four to nine square kilometres): between zoom 11 and 13.
    expect(from).toBeGreaterThan(11);
    expect(from).toBeLessThanOrEqual(13);
    const session = await openApp('#dashboard=0');
    const { page } = session;
    await settle(page);
    expect(pointsMinZoom(trees)).toBe(from);
    await page.getByTestId('import-input').setInputFiles([
      { name: 'facilities.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(collection)) },
      { name: 'protected.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(trees)) },
    ]);
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid="layer-toggle-facilities"] ~ .layer-count').textContent(), { timeout: 30_000 }).toContain('400');
    await settle(page);

    await viewAt(page, from - 0.6);
    expect(await drawn(page, collection)).toBe(0);
    expect(await drawn(page, trees)).toBe(0);
    await expect.poll(() => page.getByTestId('layer-note-protected').textContent()).toBe(`视图较远，点位过密：放大到 ${from.toFixed(1)} 级显示`);
    await expect.poll(() => page.getByTestId('layer-note-facilities').textContent()).toBe(`视图较远，点位过密：放大到 ${from.toFixed(1)} 级显示`);
    await expect.poll(() => page.getByTestId('legend-facilities').count()).toBe(0);
    // What is not drawn is not picked either: a click on an unseen facility selects nothing.
    await clickMapAt(page, F210);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => location.hash)).not.toContain('sel=');

    await viewAt(page, from + 0.3);
    expect(await drawn(page, collection)).toBe(60);
    expect(await drawn(page, trees)).toBe(60);
    await expect.poll(() => page.getByTestId('layer-note-protected').count()).toBe(0);
    await expect.poll(() => page.getByTestId('layer-note-facilities').count()).toBe(0);
    await expect.poll(() => page.getByTestId('legend-facilities').count()).toBe(1);
    await clickMapAt(page, F210);
    await page.waitForFunction(() => location.hash.includes('sel=facilities:F-210'));
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});

/**
 * The roads come as the tile worker's vector tiles (src/worker/tiles/tile-layers.ts), as the
 * buildings do, not through a GeoJSON source MapLibre parses and indexes in its own worker: on
 * the demo they are drawn, a click on one opens its whole feature (the tiles carry only id and
 * width, so the name comes from the layer), removing the layer takes them off the map, and undo
 * brings them back (each change of data is new tiles).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString } from 'geojson';
import type { Page } from 'playwright-core';
import { clickMapAt, openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

const roads = JSON.parse(readFileSync('data/demo/roads.geojson', 'utf8')) as FeatureCollection<LineString>;
const length = (line: number[][]) => line.slice(1).reduce((sum, point, i) => sum + Math.hypot(point[0] - line[i][0], point[1] - line[i][1]), 0);
/** The longest named minor road (under 12 m: drawn from zoom 13 only), clicked at its first segment's middle. */
const road = roads.features
  .filter((feature) => feature.properties?.name && (feature.properties.widthM ?? 4) < 12 && feature.geometry.type === 'LineString')
  .sort((a, b) => length(b.geometry.coordinates) - length(a.geometry.coordinates))[0];
const [first, second] = road.geometry.coordinates;
const MIDDLE: [number, number] = [(first[0] + second[0]) / 2, (first[1] + second[1]) / 2];

const viewAt = (page: Page, centre: [number, number], zoom: number) =>
  page.evaluate(([at, target]) => new Promise<void>((resolve) => {
    const map = (window as any).__atlas.map.map;
    map.once('idle', () => resolve());
    map.jumpTo({ center: at, zoom: target });
  }), [centre, zoom] as const);

/** The ids of the roads MapLibre draws now. */
const drawnRoads = (page: Page) =>
  page.evaluate(() => [...new Set((window as any).__atlas.map.map.queryRenderedFeatures({ layers: ['roads-line'] }).map((feature: any) => String(feature.properties.id)))] as string[]);

describe('roads drawn from the tile worker', () => {
  it('draws them from vector tiles, opens a clicked road whole, and follows the layer being removed and restored', async () => {
    const session = await openApp();
    const { page } = session;
    await page.waitForSelector('[data-atlas-ready]');
    await settle(page);
    expect(await page.evaluate(() => (window as any).__atlas.map.map.getSource('roads').type)).toBe('vector');

    await viewAt(page, MIDDLE, 17);
    expect(await drawnRoads(page)).toContain(road.properties!.id);
    await clickMapAt(page, MIDDLE);
    await page.waitForFunction((id) => location.hash.includes(`sel=roads:${id}`), road.properties!.id);
    // The name is not in the tile: the inspector has the road's whole feature.
    await expect.poll(() => page.getByTestId('inspector-name').textContent()).toBe(road.properties!.name);
    await page.keyboard.press('Escape');

    await page.getByTestId('layer-more-roads').click();
    await page.getByTestId('layer-remove-roads').click();
    await expect.poll(() => drawnRoads(page), { timeout: 15_000 }).toEqual([]);
    await page.getByTestId('tool-undo').click();
    await expect.poll(() => drawnRoads(page), { timeout: 15_000 }).toContain(road.properties!.id);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});

/**
 * A big imported layer (5,000 features or more) reaches MapLibre by blob: URL, fetched and parsed
 * in MapLibre's worker (src/map/blob-sources.ts). Without the worker's own blob: handler MapLibre
 * sends the request back to the page, which fetched, parsed and re-cloned the whole layer on the
 * main thread: seconds for a province. The page's fetch is watched, and what MapLibre's worker sends
 * back; the layer must still be drawn.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, startHarness, stopHarness } from './harness';
import { BLOB_FROM_FEATURES } from '../../src/worker/import-stash';

beforeAll(startHarness);
afterAll(stopHarness);

const COUNT = BLOB_FROM_FEATURES + 500;

/** Facilities on a 75 × 74 grid about 12 m apart near the demo, as a planner's own file. */
const facilities = Buffer.from(JSON.stringify({
  type: 'FeatureCollection',
  features: Array.from({ length: COUNT }, (_, i) => ({
    type: 'Feature',
    properties: { id: `F-${i}`, type: i % 2 ? 'elderly_care' : 'canteen', name: `设施${i}` },
    geometry: { type: 'Point', coordinates: [120.15 + (i % 75) * 0.000125, 30.27 + Math.floor(i / 75) * 0.000108] },
  })),
}));

/** Records every blob: URL the page's own fetch is asked for (MapLibre's main-thread getResource uses it). */
const WATCH_FETCH = `(() => {
  window.__blobFetches = [];
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith('blob:')) window.__blobFetches.push(url);
    return fetch(input, init);
  };
})()`;

describe('big imported layers', () => {
  it('are fetched and parsed in MapLibre\'s worker, not on the page, and drawn', async () => {
    const session = await openApp('', undefined, (context) => context.addInitScript(WATCH_FETCH));
    const { page } = session;
    await settle(page);
    await page.getByTestId('import-input').setInputFiles({ name: 'facilities.geojson', mimeType: 'application/json', buffer: facilities });
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid="layer-toggle-facilities"] ~ .layer-count').textContent(), { timeout: 30_000 }).toContain(COUNT.toLocaleString('en'));
    await settle(page);
    // Drawn: MapLibre has the points (at the fitted view every one of them is in it).
    await expect.poll(() => page.evaluate(() => (window as any).__atlas.map.map.queryRenderedFeatures({ layers: ['facilities-circle'] }).length), { timeout: 30_000 }).toBeGreaterThan(COUNT * 0.9);
    expect(await page.evaluate(() => (window as any).__blobFetches)).toEqual([]);
    // Nor is a copy of the layer sent back to the page by MapLibre's worker (it sends a URL's data
    // back; the page holds the features already): the source keeps the collection without them.
    const kept = await page.evaluate(() => (window as any).__atlas.map.map.getSource('facilities').serialize().data);
    expect(typeof kept === 'string' || kept.features === undefined).toBe(true);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});

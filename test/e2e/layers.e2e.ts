/**
 * The planner's own data, not the demo's: an import over the demo replaces it whole by
 * default (or keeps its other layers when asked), a layer can be removed and undo brings it
 * back, and an empty workspace offers the demo again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countColour, openApp, saved, settle, startHarness, stopHarness } from './harness';
import { landedInClearView } from './clear-view';
import { FACILITY_COLOURS, hexToRgb } from '../../src/map/palette';

beforeAll(startHarness);
afterAll(stopHarness);

const listedLayers = (page: Page) =>
  page.locator('[data-testid^="layer-toggle-"]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-testid')!.replace('layer-toggle-', '')));

const layerCount = async (page: Page, name: string) =>
  Number(((await page.locator(`[data-testid="layer-toggle-${name}"] ~ .layer-count`).textContent()) ?? '').replace(/[^\d]/g, ''));

/** Two communities of the planner's own, near the demo (no other layer). */
const ownCommunities = Buffer.from(JSON.stringify({
  type: 'FeatureCollection',
  features: [0, 1].map((i) => ({
    type: 'Feature',
    properties: { id: `MY-${i}`, name: `自有小区${i}`, households: 120 },
    geometry: { type: 'Polygon', coordinates: [[[120.15 + i * 0.002, 30.27], [120.151 + i * 0.002, 30.27], [120.151 + i * 0.002, 30.271], [120.15 + i * 0.002, 30.271], [120.15 + i * 0.002, 30.27]]] },
  })),
}));

/** Two idle parcels inside them. */
const ownParcels = Buffer.from(JSON.stringify({
  type: 'FeatureCollection',
  features: [0, 1].map((i) => ({
    type: 'Feature',
    properties: { id: `MY-P${i}`, kind: 'vacant' },
    geometry: { type: 'Polygon', coordinates: [[[120.1502 + i * 0.002, 30.2702], [120.1506 + i * 0.002, 30.2702], [120.1506 + i * 0.002, 30.2706], [120.1502 + i * 0.002, 30.2706], [120.1502 + i * 0.002, 30.2702]]] },
  })),
}));

/** Their bounds [west, south, east, north]. */
const OWN_BOX = [120.15, 30.27, 120.153, 30.271];

/** The demo is loaded again: its layers listed, its notice shown, its own communities. */
async function demoIsBack(page: Page, layers: number) {
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid^="layer-toggle-"]').length === count, layers);
  await page.getByTestId('demo-badge').first().waitFor();
  expect(await layerCount(page, 'communities')).toBeGreaterThan(2);
}

async function importCommunities(page: Page, mode: 'replace' | 'keep' | null) {
  await page.getByTestId('import-input').setInputFiles({ name: '小区.geojson', mimeType: 'application/json', buffer: ownCommunities });
  await page.waitForSelector('[data-testid="import-apply"]:not([disabled])');
  if (mode === 'keep') await page.getByTestId('import-mode-keep').check();
  if (mode === 'replace') expect(await page.getByTestId('import-mode-replace').isChecked()).toBe(true);
  if (mode === null) expect(await page.getByTestId('import-mode').count()).toBe(0);
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
}

/** After a reload the saved workspace is back: the planner's two communities, no other layer. */
async function reopensWithOwnCommunitiesOnly(session: Awaited<ReturnType<typeof openApp>>) {
  const { page } = session;
  await page.reload();
  await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 60_000 });
  expect(await listedLayers(page)).toEqual(['communities']);
  expect(await layerCount(page, 'communities')).toBe(2);
  expect(session.consoleErrors).toEqual([]);
  await session.close();
}

describe('layers: import over the demo, remove, undo', () => {
  it('an import over the demo replaces it by default: only the imported layer is left, and the analyses say what is missing', async () => {
    const session = await openApp('#analysis=parking');
    const { page } = session;
    expect((await listedLayers(page)).length).toBeGreaterThan(5);
    await importCommunities(page, 'replace');
    expect(await listedLayers(page)).toEqual(['communities']);
    expect(await layerCount(page, 'communities')).toBe(2);
    await expect(page.getByTestId('demo-badge').count()).resolves.toBe(0);
    // The legend keys only what the data has: no facility, idle-land or building key now.
    for (const key of ['legend-facilities', 'legend-idle-land', 'legend-buildings']) expect(await page.getByTestId(key).count(), key).toBe(0);
    // The map went to the imported data; 缩放至图层 brings it back after a pan away.
    // Whole in view and clear of the legend and the control row (flown to the map's middle, the west one lay under the legend).
    await landedInClearView(page, OWN_BOX, 15);
    await settle(page);
    // Each community is named once, from one label point (a polygon source names it in every tile it crosses).
    const labels = await page.evaluate(() => {
      const map = (window as any).__atlas.map.map;
      return { source: map.getLayer('communities-label').source, names: [...new Set(map.querySourceFeatures('communityLabels').map((f: any) => f.properties.name))].sort() };
    });
    expect(labels).toEqual({ source: 'communityLabels', names: ['自有小区0', '自有小区1'] });
    await page.evaluate(() => (window as any).__atlas.map.map.jumpTo({ center: [121.47, 31.23], zoom: 12 }));
    await page.getByRole('button', { name: '图层选项 小区' }).click();
    await page.getByTestId('layer-zoom-communities').click();
    await landedInClearView(page, OWN_BOX, 15);
    // The parking panel names the layer it lacks instead of analysing the demo's idle land.
    await page.getByText('没有闲置资源图层：导入或使用示例数据').waitFor({ timeout: 30_000 });
    // Without status, funding or years: the summary counts them apart, the dashboard says what is missing.
    await page.getByTestId('analysis-tab-summary').click();
    await expect(page.getByTestId('status-missing').textContent()).resolves.toBe('未填写（按待改造） 2');
    // The dashboard is open by default (DESIGN §5).
    await expect(page.getByTestId('toggle-dashboard').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByTestId('chart-funding-empty').textContent()).resolves.toContain('资金来源（funding）');
    await expect(page.getByTestId('chart-progress-empty').textContent()).resolves.toContain('计划年度（planYear）');
    // Their plan sheet says what was not assessed, rather than "0 of 6 services reachable".
    await page.evaluate(() => { location.hash = '#sheet=MY-0'; });
    await page.getByTestId('sheet-no-facilities').waitFor({ timeout: 30_000 });
    await page.getByTestId('sheet-no-idle-land').waitFor();
    expect(await page.getByTestId('sheet-services').count()).toBe(0);
    await page.evaluate(() => { location.hash = '#analysis=parking'; });
    // A second import over the user's own data asks nothing and keeps what is there.
    await importCommunities(page, null);
    expect(await listedLayers(page)).toEqual(['communities']);
    // Each import is one step of 撤销: twice brings the demo back, whole.
    await expect(page.getByTestId('tool-undo').getAttribute('title')).resolves.toContain('导入 小区.geojson');
    await page.getByTestId('tool-undo').click();
    await page.getByTestId('tool-undo').click();
    await demoIsBack(page, 7);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('a save writes only the layers that changed: removing one of an import\'s layers rewrites none, and a reload has the rest', async () => {
    const session = await openApp();
    const { page } = session;
    // The worker's IndexedDB writes, by record ('layer:<name>' or 'data', the record naming them).
    const worker = page.workers().find((candidate) => candidate.url().includes('analysis'))!;
    await worker.evaluate(() => {
      const scope = self as unknown as { puts: string[] };
      scope.puts = [];
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        scope.puts.push(String(key).split(':').slice(0, 2).join(':'));
        return put.call(this, value, key);
      };
    });
    const puts = () => worker.evaluate(() => {
      const scope = self as unknown as { puts: string[] };
      const taken = scope.puts.sort();
      scope.puts = [];
      return taken;
    });
    // Two layers of the planner's own (kept in the worker as imported: the big-import path).
    await page.getByTestId('import-input').setInputFiles([
      { name: '小区.geojson', mimeType: 'application/json', buffer: ownCommunities },
      { name: 'idle_land.geojson', mimeType: 'application/json', buffer: ownParcels },
    ]);
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    await saved(page);
    expect(await listedLayers(page)).toEqual(['communities', 'idleLand']);
    expect(await puts()).toEqual(['data', 'layer:communities', 'layer:idleLand']);

    await page.getByTestId('layer-more-idleLand').click();
    await page.getByTestId('layer-remove-idleLand').click();
    await saved(page);
    expect(await puts()).toEqual(['data']); // the communities are not cloned again
    await reopensWithOwnCommunitiesOnly(session);
  });

  it('a workspace saved by an earlier version (one record holding every layer) still opens', async () => {
    const session = await openApp();
    const { page } = session;
    await saved(page);
    const collection = JSON.parse(ownCommunities.toString());
    await page.evaluate((communities) => new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('renewal-atlas', 1);
      request.onsuccess = () => {
        const transaction = request.result.transaction('workspace', 'readwrite');
        transaction.objectStore('workspace').put({ version: 1, savedAt: '2026-01-01T00:00:00Z', layers: { communities }, tables: {}, source: 'imported', manifest: null }, 'data');
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      };
    }), collection);
    await reopensWithOwnCommunitiesOnly(session);
  });

  it('"keep" merges with the demo; a removed layer leaves the map and undo brings it back; removing all offers the demo', async () => {
    const session = await openApp();
    const { page } = session;
    const demoLayers = await listedLayers(page);
    await importCommunities(page, 'keep');
    expect(await listedLayers(page)).toEqual(demoLayers);
    expect(await layerCount(page, 'communities')).toBe(2);

    const roads = await layerCount(page, 'roads');
    await page.getByTestId('layer-more-roads').click();
    await page.getByTestId('layer-remove-roads').click();
    expect(await listedLayers(page)).not.toContain('roads');
    await expect(page.getByTestId('tool-undo').getAttribute('title')).resolves.toContain('移除图层 道路');
    await page.getByTestId('tool-undo').click();
    expect(await listedLayers(page)).toEqual(demoLayers);
    expect(await layerCount(page, 'roads')).toBe(roads);

    for (const name of demoLayers) {
      await page.getByTestId(`layer-more-${name}`).click();
      await page.getByTestId(`layer-remove-${name}`).click();
    }
    await page.getByTestId('layers-empty').waitFor();
    await page.getByTestId('use-demo').click();
    await demoIsBack(page, demoLayers.length);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it("a layer's opacity scales its own style, stays in the link, and facilities fade too", async () => {
    const session = await openApp();
    const { page } = session;
    const paint = (id: string, property: string) => page.evaluate(([layer, name]) => (window as any).__atlas.map.map.getPaintProperty(layer, name), [id, property]);
    expect(await paint('buildings-extrusion', 'fill-extrusion-opacity')).toBe(0.9);
    await page.getByTestId('layer-more-buildings').click();
    await page.getByTestId('layer-opacity-buildings').fill('50');
    await expect(page.locator('.layer-opacity output').textContent()).resolves.toBe('50%');
    // From the keyboard: the slider moves with the arrows; Esc closes and gives ⋯ the focus back.
    await page.getByTestId('layer-opacity-buildings').press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.layer-opacity output')?.textContent === '55%', undefined, { timeout: 5000 });
    await page.getByTestId('layer-opacity-buildings').press('ArrowLeft');
    await page.getByTestId('layer-opacity-buildings').press('Escape');
    await expect(page.getByTestId('layer-opacity-buildings').count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('layer-more-buildings');
    expect(await paint('buildings-extrusion', 'fill-extrusion-opacity')).toBe(0.45);
    await page.getByTestId('layer-more-communities').click();
    await page.getByTestId('layer-opacity-communities').fill('20');
    // The fill's zoom curve (stronger zoomed out) keeps its place at the top, each stop scaled.
    const fill = await paint('communities-fill', 'fill-opacity');
    expect(fill.slice(0, 3)).toEqual(['interpolate', ['linear'], ['zoom']]);
    expect([fill[4][0], fill[4][1], fill[6][0], fill[6][1]]).toEqual(['*', 0.2, '*', 0.2]);
    await page.waitForFunction(() => location.hash.includes('opacity=communities:0.2,buildings:0.5'));
    // A link (or a scene) brings the same opacities back.
    await page.reload();
    await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 60_000 });
    expect(await paint('buildings-extrusion', 'fill-extrusion-opacity')).toBe(0.45);
    // Facilities (MapLibre circles, deck.gl points before): shown alone, their colours leave the map at 0 %.
    await page.evaluate(() => { location.hash = '#layers=facilities'; });
    await settle(page);
    const facilityPixels = async () => {
      let total = 0;
      for (const colour of Object.values(FACILITY_COLOURS)) total += await countColour(page, hexToRgb(colour) as [number, number, number], 20);
      return total;
    };
    const before = await facilityPixels();
    expect(before).toBeGreaterThan(1000);
    await page.getByTestId('layer-more-facilities').click();
    await page.getByTestId('layer-opacity-facilities').fill('0');
    await settle(page);
    expect(await facilityPixels()).toBeLessThan(before / 20);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});

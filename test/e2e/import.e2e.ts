/**
 * Bringing your own data (issue 7): a zipped Shapefile with a GBK .dbf and Chinese columns
 * is read, its fields mapped, drawn on the map, and still there after a reload; a broken
 * file changes nothing; file text is shown as text, never run as HTML.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, saved, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

const layerCount = async (page: import('playwright-core').Page, name: string) =>
  Number(((await page.locator(`[data-testid="layer-toggle-${name}"] ~ .layer-count`).textContent()) ?? '').replace(/[^\d]/g, ''));

describe('import', () => {
  it('a GBK Shapefile with Chinese columns imports, draws and survives a reload', async () => {
    const session = await openApp();
    const { page } = session;
    // Counts the worker's writes of the data record: an import is saved once (it was saved twice
    // at once: the dataset's change and the edit log's each asked, a province cloned twice).
    const worker = page.workers().find((candidate) => candidate.url().includes('analysis'))!;
    await worker.evaluate(() => {
      const scope = self as unknown as { dataPuts: number };
      scope.dataPuts = 0;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        if (key === 'data') scope.dataPuts++;
        return put.call(this, value, key);
      };
    });
    await page.getByTestId('import-input').setInputFiles({ name: '小区-gbk-nocpg.zip', mimeType: 'application/zip', buffer: readFileSync('test/fixtures/bad-input/小区-gbk-nocpg.zip') });
    const dialog = page.getByTestId('import-dialog');
    await dialog.waitFor();
    await expect(page.getByTestId('import-role').inputValue()).resolves.toBe('communities');
    await expect(page.getByTestId('map-小区名称').inputValue()).resolves.toBe('name');
    await expect(page.getByTestId('map-户数').inputValue()).resolves.toBe('households');
    await page.getByTestId('import-apply').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await layerCount(page, 'communities')).toBe(2);
    await expect(page.getByTestId('demo-badge').count()).resolves.toBe(0);
    // Drawn: the communities source now renders the imported polygons.
    await page.evaluate(() => (window as any).__atlas.map.map.jumpTo({ center: [120.1505, 30.2705], zoom: 16.5 }));
    await settle(page);
    const rendered = await page.evaluate(() => (window as any).__atlas.map.map.queryRenderedFeatures({ layers: ['communities-fill'] }).map((f: any) => f.properties.name));
    expect(rendered).toContain('流水西苑');
    await saved(page); // the view 400 ms after a change, the data by the worker
    expect(await worker.evaluate(() => (self as unknown as { dataPuts: number }).dataPuts)).toBe(1);
    await page.reload();
    await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 60_000 });
    expect(await layerCount(page, 'communities')).toBe(2);
    // Back to the demo for the other tests (the workspace lives in this browser context only).
    await session.close();
  });

  it('a layer of more features than one chunk reaches the map by its GeoJSON text (a blob: URL), and draws', async () => {
    const session = await openApp();
    const { page } = session;
    // BLOB_FROM_FEATURES (5,000) idle parcels, 10 m squares on a grid west of the demo.
    const features = Array.from({ length: 5_000 }, (_, i) => {
      const [x, y] = [120.12 + (i % 100) * 0.0003, 30.26 + Math.floor(i / 100) * 0.0003];
      const d = 0.0001;
      return { type: 'Feature', properties: { id: `P${i}`, kind: 'vacant' }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] } };
    });
    // What MapLibre's source is handed: a blob: URL (its worker then fetches and parses it), not the objects.
    await page.evaluate(() => {
      const source = (window as any).__atlas.map.map.getSource('idleLand');
      const setData = source.setData.bind(source);
      (window as any).__idleGiven = [];
      source.setData = (data: unknown, ...rest: unknown[]) => {
        (window as any).__idleGiven.push(typeof data === 'string' ? data.slice(0, 5) : typeof data);
        return setData(data, ...rest);
      };
    });
    await page.getByTestId('import-input').setInputFiles({ name: 'idle_land.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })) });
    await page.getByTestId('import-dialog').waitFor();
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    expect(await layerCount(page, 'idleLand')).toBe(5_000);
    expect(await page.evaluate(() => (window as any).__idleGiven)).toEqual(['blob:']);
    await page.evaluate(() => (window as any).__atlas.map.map.jumpTo({ center: [120.12 + 0.0003 * 10 + 0.00005, 30.26 + 0.0003 * 10 + 0.00005], zoom: 17 }));
    await settle(page);
    const drawn = await page.evaluate(() => (window as any).__atlas.map.map.queryRenderedFeatures({ layers: ['idle-fill'] }).map((f: any) => f.properties.id));
    expect(drawn).toContain('P1010');
    await session.close();
  });

  it('imported buildings replace the drawn ones (new tiles from the tile worker), also after a reload', async () => {
    const session = await openApp();
    const { page } = session;
    // Two blocks near the demo's centre, one with a courtyard (a hole).
    const [x, y, d] = [120.14, 30.31, 0.0004];
    const square = (x0: number, y0: number, size: number) => [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]];
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'NEW-1', floors: 6, communityId: 'C0001' }, geometry: { type: 'Polygon', coordinates: [square(x, y, d)] } },
        { type: 'Feature', properties: { id: 'NEW-2', floors: 18, communityId: 'C0001' }, geometry: { type: 'Polygon', coordinates: [square(x + 2 * d, y, d), square(x + 2.25 * d, y + 0.25 * d, d / 2).reverse()] } },
      ],
    };
    const drawnIds = async () => {
      await settle(page);
      return page.evaluate(() => [...new Set((window as any).__atlas.map.map.queryRenderedFeatures({ layers: ['buildings-extrusion'] }).map((f: any) => f.properties.id))].sort());
    };
    await page.evaluate(([lon, lat]) => (window as any).__atlas.map.map.jumpTo({ center: [lon, lat], zoom: 16 }), [x + d, y + d / 2]);
    const before = await drawnIds();
    expect(before.length).toBeGreaterThan(0);
    expect(before).not.toContain('NEW-1');
    // A buildings import cancelled first (its buildings indexed ahead, then dropped): nothing changes.
    const cancelled = { type: 'FeatureCollection', features: [{ ...collection.features[0], properties: { id: 'GONE-1', floors: 3, communityId: 'C0001' } }] };
    await page.getByTestId('import-input').setInputFiles({ name: '取消的楼栋.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(cancelled)) });
    await page.getByTestId('import-dialog').waitFor();
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])');
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    expect(await drawnIds()).toEqual(before);
    await page.getByTestId('import-input').setInputFiles({ name: '楼栋.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(collection)) });
    await page.getByTestId('import-dialog').waitFor();
    await expect(page.getByTestId('import-role').inputValue()).resolves.toBe('buildings');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    expect(await drawnIds()).toEqual(['NEW-1', 'NEW-2']);
    await saved(page);
    await page.reload();
    await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 60_000 });
    await page.evaluate(([lon, lat]) => (window as any).__atlas.map.map.jumpTo({ center: [lon, lat], zoom: 16 }), [x + d, y + d / 2]);
    expect(await drawnIds()).toEqual(['NEW-1', 'NEW-2']);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('a broken file is reported and every loaded layer stays as it was', async () => {
    const session = await openApp();
    const { page } = session;
    const before = await layerCount(page, 'communities');
    await page.getByTestId('import-input').setInputFiles({ name: 'communities.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type": "FeatureCollection", "features": [') });
    await page.getByTestId('import-dialog').waitFor();
    await expect(page.getByTestId('import-issues').textContent()).resolves.toMatch(/JSON/);
    await expect(page.getByTestId('import-apply').isDisabled()).resolves.toBe(true);
    // And it looks disabled: not the primary blue, a dashed border, no pointer.
    const look = (locator: import('playwright-core').Locator) => locator.evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, border: style.borderTopStyle, cursor: style.cursor };
    });
    const disabledLook = { background: 'rgb(236, 239, 241)', border: 'dashed', cursor: 'not-allowed' };
    expect(await look(page.getByTestId('import-apply'))).toEqual(disabledLook);
    await page.getByRole('button', { name: '取消' }).click();
    expect(await layerCount(page, 'communities')).toBe(before);
    // So does 开始汇报 before any scene is saved (the header's 汇报 is not: it builds the standard deck).
    expect(await page.getByTestId('header-present').isDisabled()).toBe(false);
    await page.getByTestId('tab-scenes').click();
    expect(await look(page.getByTestId('present-start'))).toEqual(disabledLook);
    expect((await look(page.getByTestId('scene-save'))).background).toBe('rgb(21, 101, 192)');
    await session.close();
  });

  it('a polygon file with malformed coordinates is reported, not a blank page (the offset check read them before validation)', async () => {
    const session = await openApp();
    const { page } = session;
    const ring = [[120.15, 30.27], [120.151, 30.27], [120.151, 30.271], [120.15, 30.271], [120.15, 30.27]];
    const collection = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { id: 'A1', name: '好小区' }, geometry: { type: 'Polygon', coordinates: [ring] } },
      { type: 'Feature', properties: { id: 'A2', name: '坏小区' }, geometry: { type: 'Polygon', coordinates: null } },
    ] };
    await page.getByTestId('import-input').setInputFiles({ name: '小区-nullcoords.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(collection)) });
    await page.getByTestId('import-dialog').waitFor();
    await expect(page.getByTestId('import-issues').textContent()).resolves.toMatch(/A2/);
    await expect(page.getByTestId('import-apply').isDisabled()).resolves.toBe(true);
    expect(session.consoleErrors).toEqual([]);
    await page.getByRole('button', { name: '取消' }).click();
    expect(await layerCount(page, 'communities')).toBe(40);
    await session.close();
  });

  it('the report lists each kind of issue once, errors first, the rest of its features behind it', async () => {
    const session = await openApp();
    const { page } = session;
    const square = (x: number) => [[x, 30.27], [x + 0.001, 30.27], [x + 0.001, 30.27], [x + 0.001, 30.271], [x, 30.271], [x, 30.27]];
    const collection = {
      type: 'FeatureCollection',
      features: [0, 1, 2].map((i) => ({ type: 'Feature', properties: { id: `D${i}`, households: 10 }, geometry: { type: 'Polygon', coordinates: [square(120.15 + i * 0.002)] } }))
        .concat([{ type: 'Feature', properties: { households: 5 } as never, geometry: { type: 'Polygon', coordinates: [square(120.16)] } }]),
    };
    await page.getByTestId('import-input').setInputFiles({ name: '小区.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(collection)) });
    await page.getByTestId('import-dialog').waitFor();
    const lines = page.locator('[data-testid="import-issues"] > li');
    await lines.first().waitFor();
    // The one error (no id) first; the four repeated vertices as one line, the other three behind it.
    expect(await lines.count()).toBe(2);
    await expect(lines.nth(0).getAttribute('class')).resolves.toBe('error');
    await expect(lines.nth(0).textContent()).resolves.toContain('编号');
    await expect(page.getByTestId('import-issue-group').locator('summary').textContent()).resolves.toMatch(/重复的连续顶点.*同类问题共 4 处/);
    expect(await page.getByTestId('import-issue-group').locator('details li').count()).toBe(3);
    // The whole list goes out as a CSV for whoever keeps the data: a row per issue, errors first.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-issues-csv').click()]);
    expect(download.suggestedFilename()).toBe('小区-问题清单.csv');
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(csv[0]).toBe('文件,要素序号,编号,字段,级别,问题代码,问题');
    expect(csv).toHaveLength(6);
    expect(csv[1]).toMatch(/^小区\.geojson,4,,id,错误,MISSING_ID,/);
    await session.close();
  });

  it('a building whose communityId names no community is said before the import, as analyze says it', async () => {
    const session = await openApp();
    const { page } = session;
    const square = (x: number) => [[x, 30.31], [x + 0.0003, 30.31], [x + 0.0003, 30.3103], [x, 30.3103], [x, 30.31]];
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'N1', floors: 6, communityId: 'C0001' }, geometry: { type: 'Polygon', coordinates: [square(120.14)] } },
        { type: 'Feature', properties: { id: 'N2', floors: 6, communityId: 'C9999' }, geometry: { type: 'Polygon', coordinates: [square(120.141)] } },
      ],
    };
    await page.getByTestId('import-input').setInputFiles({ name: '楼栋.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(collection)) });
    await page.getByTestId('import-dialog').waitFor();
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])');
    // Replacing the demo leaves no communities to refer to; keeping them, N2's C9999 names none.
    expect(await page.getByTestId('import-references').count()).toBe(0);
    await page.getByTestId('import-mode-keep').check();
    const said = page.getByTestId('references-issues');
    await said.waitFor();
    await expect(said.textContent()).resolves.toContain('楼栋.geojson：第 2 个要素（编号 "N2"），字段 communityId："C9999" 不是 communities.geojson 中的小区');
    // A warning, not an error: the file still imports.
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    await session.close();
  });

  it('file text is shown as text, never run as HTML', async () => {
    const session = await openApp();
    const { page } = session;
    const hostile = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'X1', name: '<img src=x onerror="window.__pwned=1">', households: 10 }, geometry: { type: 'Polygon', coordinates: [[[120.15, 30.27], [120.151, 30.27], [120.151, 30.271], [120.15, 30.271], [120.15, 30.27]]] } }],
    };
    await page.getByTestId('import-input').setInputFiles({ name: '小区.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    await page.getByTestId('import-apply').click();
    await page.evaluate(() => (window as any).__atlas.map.map.jumpTo({ center: [120.1505, 30.2705], zoom: 17 }));
    await settle(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    const point = await page.evaluate(() => (window as any).__atlas.map.map.project([120.1502, 30.2702]));
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await page.getByTestId('inspector').waitFor();
    await expect(page.getByTestId('inspector').textContent()).resolves.toContain('<img src=x onerror=');
    await expect(page.evaluate(() => (window as any).__pwned)).resolves.toBeUndefined();
    await session.close();
  });
});

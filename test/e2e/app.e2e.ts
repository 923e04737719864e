/**
 * The foundation, as a new user meets it: the demo opens in Chinese with its layers,
 * legend and summary; MapLibre draws the layers (deck.gl only analyses and tools); layers
 * toggle; the language switches; the inspector shows a feature as text; the view is in the URL; nothing leaves localhost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, pixelAt, settle, startHarness, stopHarness } from './harness';
import type { Feature, Polygon } from 'geojson';
import { demoLayers, openGroundIn } from './demo-points';

/** The mean of a closed ring's vertices (a rectangle's centre). */
const centroidOf = (ring: number[][]): [number, number] => {
  const open = ring.slice(0, -1);
  return [open.reduce((s, p) => s + p[0], 0) / open.length, open.reduce((s, p) => s + p[1], 0) / open.length];
};

beforeAll(startHarness);
afterAll(stopHarness);

const differs = (a: number[], b: number[], by = 10) => a.slice(0, 3).some((value, i) => Math.abs(value - b[i]) > by);

describe('the app on the demo district', () => {
  it('opens in Chinese with the demo notice, layers, legend and summary, and stays on localhost', async () => {
    const session = await openApp();
    const { page } = session;
    await expect(page.locator('h1').textContent()).resolves.toBe('老旧小区改造规划图台');
    await expect(page.getByTestId('demo-badge').textContent()).resolves.toContain('示例数据为虚拟片区');
    await expect(page.getByTestId('legend').textContent()).resolves.toContain('已完工');
    await page.getByTestId('summary-table').waitFor();
    const communities = demoLayers().communities.features.length;
    await expect(page.getByTestId('kpi-communities').textContent()).resolves.toBe(String(communities));
    await expect(page.getByTestId('layer-toggle-communities').isChecked()).resolves.toBe(true);
    // The districts table sorts by any column (a province has 900 districts): households, most first.
    const households = () => page.locator('[data-testid="summary-table"] tbody tr td:nth-child(3)').allTextContents().then((cells) => cells.map((cell) => Number(cell.replaceAll(',', ''))));
    await page.getByTestId('summary-table-sort-households').click();
    const sorted = await households();
    expect(sorted.length).toBeGreaterThan(1);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    expect(session.externalRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('MapLibre draws the communities and the facilities; toggling a layer changes the pixels', async () => {
    const layers = demoLayers();
    const community = layers.communities.features.find((feature) => openGroundIn(feature) !== null)!;
    const ground = openGroundIn(community)!;
    const facility = layers.facilities.features[0].geometry.coordinates as [number, number];
    const session = await openApp(`#map=17/${ground[1]}/${ground[0]}/0/0`);
    const { page } = session;
    await settle(page);
    const withCommunities = await pixelAt(page, ground);
    await page.getByTestId('layer-toggle-communities').click();
    await settle(page);
    const withoutCommunities = await pixelAt(page, ground);
    expect(differs(withCommunities, withoutCommunities)).toBe(true);

    await page.evaluate(([lon, lat]) => (window as any).__atlas.map.map.jumpTo({ center: [lon, lat], zoom: 17 }), facility);
    await settle(page);
    const withFacilities = await pixelAt(page, facility);
    await page.getByTestId('layer-toggle-facilities').click();
    await settle(page);
    const withoutFacilities = await pixelAt(page, facility);
    expect(differs(withFacilities, withoutFacilities)).toBe(true);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('switches to English and back, with the language in the URL', async () => {
    const session = await openApp();
    const { page } = session;
    // MapLibre's tooltips and the header's navigation speak the app's language too.
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    await expect(zoomIn.getAttribute('title')).resolves.toBe('放大');
    await expect(page.locator('.maplibregl-ctrl-compass').getAttribute('title')).resolves.toBe('拖动旋转地图，单击恢复正北');
    await expect(page.locator('.header-nav').getAttribute('aria-label')).resolves.toBe('主导航');
    await page.getByTestId('language-switch').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Renewal Atlas');
    expect(page.url()).toContain('lang=en');
    await expect(zoomIn.getAttribute('title')).resolves.toBe('Zoom in');
    await expect(page.locator('.maplibregl-canvas').getAttribute('aria-label')).resolves.toBe('Map view (arrow keys pan, +/− zoom)');
    await expect(page.locator('.header-nav').getAttribute('aria-label')).resolves.toBe('Main');
    expect(await page.locator('.maplibregl-ctrl-zoom-in').count()).toBe(1);
    await page.getByTestId('language-switch').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('老旧小区改造规划图台');
    await expect(zoomIn.getAttribute('title')).resolves.toBe('放大');
    await session.close();
  });

  it('in English the parking table fits its panel, and counts take the singular for one', async () => {
    const session = await openApp('#lang=en&analysis=parking');
    const { page } = session;
    const table = page.getByTestId('parking-table');
    await table.waitFor({ timeout: 60_000 });
    const [wide, box] = await table.evaluate((element) => [element.scrollWidth, element.parentElement!.clientWidth]);
    expect(wide).toBeLessThanOrEqual(box);
    await page.getByTestId('import-input').setInputFiles({ name: 'communities.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type": "FeatureCollection", "features": [') });
    await page.getByTestId('import-dialog').waitFor();
    await expect(page.locator('[data-testid="import-file"] .badge').textContent()).resolves.toBe('1 error');
    await expect(page.getByTestId('import-apply').textContent()).resolves.toBe('Import 0 files');
    await session.close();
  });

  it('the inspector shows a clicked community’s fields as text', async () => {
    const layers = demoLayers();
    const community = layers.communities.features.find((feature) => openGroundIn(feature) !== null)!;
    const ground = openGroundIn(community)!;
    const session = await openApp(`#map=17/${ground[1]}/${ground[0]}/0/0&layers=communities`);
    const { page } = session;
    await settle(page);
    const point = await page.evaluate(([lon, lat]) => (window as any).__atlas.map.map.project([lon, lat]), ground);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const inspector = page.getByTestId('inspector');
    await inspector.waitFor();
    await expect(inspector.textContent()).resolves.toContain(community.properties.name);
    expect(page.url()).toContain(`sel=communities:${community.properties.id}`);
    // Fields by their Chinese names, codes in words (改造状态 and its label), counts with units.
    const rows = await inspector.locator('tr').evaluateAll((trs) => Object.fromEntries(trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent])));
    const status = { candidate: '待改造', planned: '已纳入计划', approved: '已立项', under_construction: '在建', completed: '已完工' }[community.properties.renovationStatus as string];
    expect(rows['改造状态']).toBe(status);
    expect(rows['户数']).toBe(`${community.properties.households.toLocaleString('en-US')} 户`);
    expect(rows['建成年代']).toBe(String(community.properties.builtYear));
    await session.close();
  });

  it('draws the buildings from the tile worker, and a clicked building shows its whole record', async () => {
    // The tiles carry only id, floors and height; units, use and community come from the loaded layer.
    const building = demoLayers().buildings.features[0] as Feature<Polygon, { id: string; communityId: string; units: number; floors: number }>;
    const [centre] = [centroidOf(building.geometry.coordinates[0])];
    const session = await openApp(`#lang=en&map=18/${centre[1]}/${centre[0]}/0/0&layers=buildings`);
    const { page } = session;
    await settle(page);
    const drawn = await page.evaluate(() => (window as any).__atlas.map.map.queryRenderedFeatures({ layers: ['buildings-extrusion'] }).map((f: any) => f.properties.id));
    expect(drawn).toContain(building.properties.id);
    // Headless Chromium renders with SwiftShader: the map turns multisampling off there (renderer.ts).
    const antialias = await page.evaluate(() => (window as any).__atlas.map.map.getCanvas().getContext('webgl2').getContextAttributes().antialias);
    expect(antialias).toBe(false);
    const point = await page.evaluate(([lon, lat]) => (window as any).__atlas.map.map.project([lon, lat]), centre);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const inspector = page.getByTestId('inspector');
    await inspector.waitFor();
    const text = (await inspector.textContent()) ?? '';
    expect(text).toContain(building.properties.id);
    expect(text).toContain(building.properties.communityId);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('a facility clicked near its edge shows its record and becomes the selection', async () => {
    // Facilities were deck.gl points picked within 4 px; MapLibre circles are picked the same way.
    const facility = demoLayers().facilities.features[1];
    const [lon, lat] = facility.geometry.coordinates as [number, number];
    const session = await openApp(`#lang=en&map=17/${lat}/${lon}/0/0&layers=facilities`);
    const { page } = session;
    await settle(page);
    const point = await page.evaluate(([x, y]) => (window as any).__atlas.map.map.project([x, y]), [lon, lat]);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + point.x + 8, box.y + point.y);
    const inspector = page.getByTestId('inspector');
    await inspector.waitFor();
    const text = (await inspector.textContent()) ?? '';
    expect(text).toContain(facility.properties.id);
    expect(text).toContain((facility.properties as { name?: string }).name);
    await page.waitForFunction((id) => location.hash.includes(`sel=facilities:${id}`), facility.properties.id);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('a shared link reopens the same view', async () => {
    const session = await openApp('#lang=en&map=16.5/30.31/120.14/-20/40&layers=communities,buildings');
    const { page } = session;
    const camera = await page.evaluate(() => {
      const map = (window as any).__atlas.map.map;
      return { zoom: map.getZoom(), pitch: map.getPitch(), bearing: map.getBearing() };
    });
    expect(camera.zoom).toBeCloseTo(16.5, 1);
    expect(camera.pitch).toBeCloseTo(40, 0);
    expect(camera.bearing).toBeCloseTo(-20, 0);
    await expect(page.getByTestId('layer-toggle-roads').isChecked()).resolves.toBe(false);
    await expect(page.locator('h1').textContent()).resolves.toBe('Renewal Atlas');
    await session.close();
  });
});

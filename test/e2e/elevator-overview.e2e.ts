/**
 * The elevator panel on a result above DETAILED_UNITS_LIMIT (20,000 units): 600 generated
 * communities' buildings (≈28k units) imported over the demo. Zoomed out, where the unit fills
 * are not drawn, the communities show the verdict of most of their units; a click on one flies
 * to it, at zoom 14 or more, where its units are drawn and the overview is not
 * (elevator-communities.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckLayers, jumpAndSettle, openApp, settle } from './harness';
import { withGeneratedDemo } from './generated-demo';

const demoDir = withGeneratedDemo(600, 'atlas-elevator-overview-');

describe('elevator overview of a large result', () => {
  it('zoomed out: communities by verdict, no units; a click flies to the community and its units', async () => {
    const session = await openApp('#analysis=elevators&dashboard=0');
    const { page } = session;
    await page.getByTestId('elevator-candidates').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-input').setInputFiles([join(demoDir(), 'buildings.geojson'), join(demoDir(), 'communities.geojson')]);
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])', { timeout: 180_000 });
    // The demo's other layers (roads, districts…) stay under the generated city, as before.
    await page.getByTestId('import-mode-keep').check();
    await page.getByTestId('import-apply').click();
    await page.getByTestId('elevator-colour-only').waitFor({ timeout: 180_000 });
    expect(await page.getByTestId('elevator-colour-only').textContent()).toContain('仅以颜色表示判定');
    expect(await page.getByTestId('elevator-overview-note').textContent()).toContain('14 级以下');

    // A 需协调 community of the overview: its id, box and the centre of its outer ring.
    const target = await page.evaluate(() => {
      const layer = (window as any).__atlas.map.analysisLayers.find((candidate: any) => candidate.id === 'elevator-communities');
      const features = layer.props.data.features;
      const feature = features.slice(Math.floor(features.length / 2)).find((candidate: any) => candidate.properties.verdict === 'conditional');
      const ring: number[][] = feature.geometry.coordinates[0].slice(0, -1);
      const centre = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
      const box = [Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[1]))];
      return { id: String(feature.properties.id), centre: centre as [number, number], box, count: features.length };
    });
    // Every community of the imported layer, with candidates or not.
    expect(target.count).toBe(600);

    // Its colour is amber with dots of ink over it (a mark besides the colour, UX.md): read back
    // from the canvas over the inner half of its box, between the buildings drawn above it.
    await jumpAndSettle(page, target.centre, 13.6);
    const seen = await page.evaluate(([west, south, east, north]) => {
      const map = (window as any).__atlas.map.map;
      const canvas = map.getCanvas() as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d')!;
      context.drawImage(canvas, 0, 0);
      const scale = canvas.width / canvas.clientWidth;
      let amber = 0;
      let ink = 0;
      for (let i = 0; i <= 30; i++) {
        for (let j = 0; j <= 30; j++) {
          const point = map.project([west + ((east - west) * (0.25 + i / 60)), south + ((north - south) * (0.25 + j / 60))]);
          const [r, g, b] = context.getImageData(Math.round(point.x * scale), Math.round(point.y * scale), 1, 1).data;
          if (r > 200 && g > 130 && g < 190 && b < 90) amber++;
          if (r < 90 && g < 90 && b < 90) ink++;
        }
      }
      return { amber, ink };
    }, target.box);
    expect(seen.amber).toBeGreaterThan(20);
    expect(seen.ink).toBeGreaterThan(10);

    await jumpAndSettle(page, target.centre, 12.5);
    let layers = await deckLayers(page);
    expect(layers.find((layer) => layer.id === 'elevator-communities')).toMatchObject({ items: target.count, drawn: true });
    const units = () => layers.filter((layer) => layer.id.startsWith('elevator-units:'));
    expect(units().length).toBeGreaterThan(1);
    expect(units().filter((layer) => layer.drawn)).toEqual([]);

    // The overview is the top pick at the community's centre; a click selects it and flies in.
    const spot = await page.evaluate(([lon, lat, id]) => {
      const atlas = (window as any).__atlas.map;
      const point = atlas.map.project([lon, lat]);
      const pick = atlas.overlay.pickObject({ x: point.x, y: point.y, radius: 0 });
      return pick?.layer?.id === 'elevator-communities' && String(pick.object?.properties?.id) === id ? { x: point.x, y: point.y } : null;
    }, [...target.centre, target.id] as const);
    expect(spot).not.toBeNull();
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + spot!.x, box.y + spot!.y);
    await page.waitForFunction((id) => decodeURIComponent(location.hash).includes(`sel=communities:${id}`), target.id, { timeout: 10_000 });
    // In far enough that the unit fills are drawn and the overview gives way (14 above 20,000 units).
    await page.waitForFunction(() => (window as any).__atlas.map.map.getZoom() >= 14 && !(window as any).__atlas.map.map.isMoving(), undefined, { timeout: 15_000 });
    await settle(page);

    layers = await deckLayers(page);
    expect(layers.find((layer) => layer.id === 'elevator-communities')?.drawn).toBe(false);
    expect(units().some((layer) => layer.drawn)).toBe(true);

    // The table of 600 communities draws the rows in view: at its end, a row's unit list opens
    // under it (a line of its own, measured when drawn) and ↓ from the row skips it to the next row.
    const table = page.getByTestId('elevator-table');
    expect(await table.getAttribute('aria-rowcount')).toMatch(/^\d{3}$/);
    const rowCount = Number(await table.getAttribute('aria-rowcount'));
    await table.evaluate((element) => { const scroller = element.closest('.table-scroll')!; scroller.scrollTop = scroller.scrollHeight; });
    const last = page.locator(`[data-testid="elevator-table"] tbody tr[aria-rowindex="${rowCount - 1}"]`);
    await last.click();
    await page.waitForFunction((index) => {
      const row = document.querySelector(`[data-testid="elevator-table"] tbody tr[aria-rowindex="${index}"]`);
      return row?.nextElementSibling?.classList.contains('row-detail') && row.nextElementSibling.querySelector('[data-testid="elevator-unit-list"]') !== null;
    }, rowCount - 1, { timeout: 20_000 });
    await last.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe(String(rowCount));
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 300_000);
});

/**
 * The map above the province-scale limits (issue 9): 5,200 generated communities and their
 * 17,500 idle parcels imported over the demo, the parking panel open. Above 5,000 features the
 * fills stay one pickable layer, the outlines are cut in chunks drawn in view from zoom 14, the
 * selected community keeps its own outline at every zoom, and the flow lines come in chunks
 * (outline-chunks.ts, line-chunks.ts). The embedded demo stays under every limit, so only
 * this test reaches those paths in a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckLayers, jumpAndSettle, openApp, pixelAt, type DeckLayerSummary } from './harness';
import { withGeneratedDemo } from './generated-demo';

const COMMUNITIES = 5200;
const demoDir = withGeneratedDemo(COMMUNITIES, 'atlas-scale-e2e-');

const chunksOf = (layers: DeckLayerSummary, id: string) => layers.filter((layer) => layer.id.startsWith(`${id}:`));

describe('map above the province-scale limits', () => {
  it('parking: fills picked and a click selects, outlines from zoom 14 in chunks, the selection outlined at zoom 13, flows in chunks', async () => {
    const session = await openApp('#analysis=parking&mode=self&dashboard=0');
    const { page } = session;
    await page.getByTestId('parking-allocated').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-input').setInputFiles([join(demoDir(), 'communities.geojson'), join(demoDir(), 'idle_land.geojson')]);
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])', { timeout: 180_000 });
    // The demo's other layers (roads, districts…) stay under the generated city, as before.
    await page.getByTestId('import-mode-keep').check();
    await page.getByTestId('import-apply').click();
    // The panel says the outlines are drawn only from zoom 14 in (communities and parcels both over the limit).
    await page.getByTestId('outlines-from-zoom').first().waitFor({ timeout: 180_000 });
    expect(await page.getByTestId('outlines-from-zoom').first().textContent()).toContain('14 级');

    const communities = JSON.parse(readFileSync(join(demoDir(), 'communities.geojson'), 'utf8')).features as { properties: { id: string }; geometry: { coordinates: number[][][] } }[];
    const target = communities[Math.floor(communities.length / 2)];
    const ring = target.geometry.coordinates[0].slice(0, -1);
    const centre: [number, number] = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
    await jumpAndSettle(page, centre, 13);

    let layers = await deckLayers(page);
    const fills = layers.find((layer) => layer.id === 'parking-communities');
    expect(fills).toMatchObject({ items: COMMUNITIES, drawn: true });
    const communityOutlines = chunksOf(layers, 'parking-communities-outlines');
    const parcelOutlines = chunksOf(layers, 'parking-parcels-outlines');
    expect(communityOutlines.length).toBeGreaterThan(10);
    expect(parcelOutlines.length).toBeGreaterThan(10);
    // Zoom 13: no outline chunk drawn.
    expect([...communityOutlines, ...parcelOutlines].filter((layer) => layer.drawn)).toEqual([]);
    // The 11k flow lines in chunks, drawn in view only.
    const flows = chunksOf(layers, 'parking-flows');
    expect(flows.reduce((sum, layer) => sum + layer.items, 0)).toBeGreaterThan(5000);
    expect(flows.some((layer) => layer.drawn)).toBe(true);
    expect(flows.some((layer) => !layer.drawn)).toBe(true);

    // A click inside the community, where the fills are the top pick (not a flow or a parcel),
    // opens it in the inspector and selects it (table, URL, outline).
    const spot = await page.evaluate(([ringPoints, id]) => {
      const atlas = (window as any).__atlas.map;
      for (const t of [0.3, 0.2, 0.4, 0.15, 0.45]) {
        for (let k = 0; k < ringPoints.length; k++) {
          const [cx, cy] = ringPoints.reduce((s: number[], p: number[]) => [s[0] + p[0] / ringPoints.length, s[1] + p[1] / ringPoints.length], [0, 0]);
          const lonLat = [ringPoints[k][0] + (cx - ringPoints[k][0]) * (1 - t), ringPoints[k][1] + (cy - ringPoints[k][1]) * (1 - t)];
          const point = atlas.map.project(lonLat);
          const pick = atlas.overlay.pickObject({ x: point.x, y: point.y, radius: 4 });
          if (pick?.layer?.id === 'parking-communities' && String(pick.object?.properties?.id) === id) return { x: point.x, y: point.y };
        }
      }
      return null;
    }, [ring, target.properties.id] as const);
    expect(spot).not.toBeNull();
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + spot!.x, box.y + spot!.y);
    await page.getByTestId('inspector').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('inspector').textContent()).toContain(target.properties.id);

    await page.waitForFunction((id) => decodeURIComponent(location.hash).includes(`sel=communities:${id}`), target.properties.id, { timeout: 10_000 });
    // Outlined at zoom 13, where the chunked outlines are not drawn.
    await jumpAndSettle(page, centre, 13);

    layers = await deckLayers(page);
    expect(layers.find((layer) => layer.id === 'parking-communities-selected')).toMatchObject({ items: 1, drawn: true });
    // Its outline is drawn in the selection's orange at zoom 13 (4 px on the edge between two corners).
    const [a, b] = ring;
    const [r, g, blue] = await pixelAt(page, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeGreaterThan(70);
    expect(g).toBeLessThan(160);
    expect(blue).toBeLessThan(80);

    // Zoom 15: the outline chunks in view are drawn, those far away are not.
    await jumpAndSettle(page, centre, 15);
    layers = await deckLayers(page);
    const drawnNow = chunksOf(layers, 'parking-communities-outlines').filter((layer) => layer.drawn).length;
    expect(drawnNow).toBeGreaterThan(0);
    expect(drawnNow).toBeLessThan(communityOutlines.length);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 300_000);
});

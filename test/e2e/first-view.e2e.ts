/**
 * The first view (ui/initial-fit.ts): the demo opens fitted in what the legend card leaves
 * clear, on the layout as it settles (the dashboard under the map), and stops following the
 * layout once the planner has moved the map. A link's camera is kept as it is.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

/** Every community vertex on screen, the legend's and the map's boxes (page pixels). */
const layout = (page: Page) => page.evaluate(async () => {
  const { map } = (window as any).__atlas;
  const data = await map.map.getSource('communities').getData();
  const points = data.features.flatMap((feature: any) => feature.geometry.coordinates.flat(2).length ? feature.geometry.coordinates.flat(feature.geometry.type === 'Polygon' ? 1 : 2) : [])
    .map((lonLat: [number, number]) => map.map.project(lonLat));
  const canvas = map.map.getContainer().getBoundingClientRect();
  const legend = document.querySelector('[data-testid="map-legend"]')!.getBoundingClientRect();
  const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  return { points: points.map((p: any) => [p.x + canvas.left, p.y + canvas.top]), canvas: box(canvas), legend: box(legend), camera: map.camera() };
});

type Box = { left: number; top: number; right: number; bottom: number };
const inside = ([x, y]: number[], b: Box) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;

describe('first view', () => {
  it('fits the demo clear of the legend, again as the legend folds, and keeps the planner’s own view once moved', async () => {
    const session = await openApp();
    const { page } = session;
    await settle(page);
    const first = await layout(page);
    expect(first.points.length).toBeGreaterThan(100);
    expect(first.points.filter((p: number[]) => !inside(p, first.canvas))).toEqual([]);
    expect(first.points.filter((p: number[]) => inside(p, first.legend))).toEqual([]);
    // At zoom 14 or closer: the communities' names show (style.ts communities-label minzoom 14).
    expect(first.camera.zoom).toBeGreaterThanOrEqual(14);

    // The legend folded to its title: the demo is fitted again, larger, clear of the folded card.
    await page.getByTestId('map-legend-toggle').click();
    await page.waitForFunction((zoom) => (window as any).__atlas.map.map.getZoom() > zoom + 0.05, first.camera.zoom);
    await settle(page);
    const taller = await layout(page);
    expect(taller.points.filter((p: number[]) => !inside(p, taller.canvas))).toEqual([]);
    expect(taller.points.filter((p: number[]) => inside(p, taller.legend))).toEqual([]);

    // Dragged by hand: from then on a layout change keeps the planner's view.
    const { left, top, right, bottom } = taller.canvas;
    await page.mouse.move((left + right) / 2, (top + bottom) / 2);
    await page.mouse.down();
    await page.mouse.move((left + right) / 2 + 120, (top + bottom) / 2 + 40, { steps: 8 });
    await page.mouse.up();
    await settle(page);
    const dragged = (await layout(page)).camera;
    // The dashboard folded (the map grows) and the legend opened again: the view stays.
    await page.getByTestId('toggle-dashboard').click();
    await page.waitForFunction((height) => (window as any).__atlas.map.map.getContainer().clientHeight > height + 100, bottom - top);
    await page.getByTestId('map-legend-toggle').click();
    await settle(page);
    const after = (await layout(page)).camera;
    expect(after.zoom).toBeCloseTo(dragged.zoom, 6);
    expect(after.longitude).toBeCloseTo(dragged.longitude, 9);
    expect(after.latitude).toBeCloseTo(dragged.latitude, 9);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 120_000);

  it('opens a link on its own camera', async () => {
    const session = await openApp('#map=15.5/30.312/120.141/0/0');
    await settle(session.page);
    const { camera } = await layout(session.page);
    expect(camera.zoom).toBeCloseTo(15.5, 6);
    expect(camera.longitude).toBeCloseTo(120.141, 6);
    expect(camera.latitude).toBeCloseTo(30.312, 6);
    await session.close();
  }, 60_000);
});

/**
 * Whether a feature the app flew to is where a planner can see it: whole in view and clear of
 * what covers the map (the inspector card, the legend, the control row).
 */
import type { Page } from 'playwright-core';
import { bbox } from '@turf/turf';
import { loadDataDir } from '../../src/cli/data-dir';

const demo = loadDataDir('data/demo', () => {});

/** The demo feature's bounds [west, south, east, north]. */
export const demoBox = (layer: 'communities' | 'districts' | 'facilities', id: string) => bbox(demo[layer]!.features.find((feature) => feature.properties?.id === id)!);

/** Waits until the map has stopped, zoomed in past `zoom`, with `box` whole in view and clear of the card, the legend and the control row. */
export async function landedInClearView(page: Page, box: number[], zoom: number) {
  await page.waitForFunction(([west, south, east, north, least]) => {
    const map = (window as any).__atlas.map.map;
    if (map.isMoving() || map.getZoom() < least) return false;
    const canvas = map.getCanvas().getBoundingClientRect();
    const [a, b] = [map.project([west, north]), map.project([east, south])];
    if (a.x < 0 || a.y < 0 || b.x > canvas.width || b.y > canvas.height) return false;
    const overlays = ['[data-testid="inspector"]', '[data-testid="map-legend"]', '.map-controls'].map((selector) => document.querySelector(selector)?.getBoundingClientRect());
    return overlays.every((rect) => !rect || rect.width === 0
      || rect.left - canvas.left >= b.x || rect.right - canvas.left <= a.x || rect.top - canvas.top >= b.y || rect.bottom - canvas.top <= a.y);
  }, [...box, zoom], { timeout: 20_000 });
}

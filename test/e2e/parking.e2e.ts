/**
 * Parking in the app (issue 3): the panel opens from the URL, shows totals and draws flow
 * lines; switching the mode changes the totals and the URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, startHarness, stopHarness } from './harness';
import { demoBox, landedInClearView } from './clear-view';

beforeAll(startHarness);
afterAll(stopHarness);

describe('parking panel', () => {
  it('opens with #analysis=parking&mode=district, shows totals and flow lines; switching mode changes totals', async () => {
    const session = await openApp('#analysis=parking&mode=district');
    const { page } = session;
    const allocated = page.getByTestId('parking-allocated');
    await allocated.waitFor({ timeout: 60_000 });
    const districtAllocated = Number((await allocated.textContent())!.replace(/,/g, ''));
    expect(districtAllocated).toBeGreaterThan(0);
    await page.getByTestId('parking-modes').waitFor({ timeout: 60_000 });
    const modesText = await page.getByTestId('parking-modes').textContent();
    expect(modesText).toContain('小区内自平衡');
    expect(modesText).toContain('跨片区组合');
    // Each parameter's default and source is tied to its control, so a screen reader says it on focus.
    const hintId = await page.getByTestId('param-maxWalkM').getAttribute('aria-describedby');
    expect(await page.locator(`#${hintId}`).textContent()).toMatch(/默认 300 m · 依据/);
    expect(await page.getByTestId('param-mode').getAttribute('aria-describedby')).toBe('param-hint-mode');

    // Flow lines handed to deck.gl.
    await settle(page);
    const flowCount = await page.evaluate(() => (window as any).__atlas.map.deckLayerSummary().find((l: any) => l.id === 'parking-flows')?.items ?? 0);
    expect(flowCount).toBeGreaterThan(0);
    // The community fills sit in the style under the buildings and the names (beforeId), not
    // over everything: their group is in MapLibre's layer order (it was missing when the
    // layers arrived while a source was still loading, and the names were painted over).
    const order: string[] = await page.evaluate(() => (window as any).__atlas.map.map.getLayersOrder());
    const group = order.indexOf('deck-maplibre-layer-group-before:buildings-extrusion');
    expect(group).toBeGreaterThan(-1);
    expect(order[group + 1]).toBe('buildings-extrusion');
    expect(group).toBeLessThan(order.indexOf('communities-label'));

    await page.getByTestId('param-mode').selectOption('self');
    await page.waitForFunction((before) => {
      const text = document.querySelector('[data-testid="parking-allocated"]')?.textContent ?? '';
      return Number(text.replace(/,/g, '')) !== before;
    }, districtAllocated, { timeout: 60_000 });
    const selfAllocated = Number((await allocated.textContent())!.replace(/,/g, ''));
    expect(selfAllocated).toBeLessThan(districtAllocated);
    expect(page.url()).toContain('mode=self');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('clicking a table row selects the community and flies the map to it, clear of the legend and the control row', async () => {
    const session = await openApp('#analysis=parking');
    const { page } = session;
    await page.getByTestId('parking-table').waitFor({ timeout: 60_000 });
    const before = await page.evaluate(() => (window as any).__atlas.map.map.getCenter().toArray());
    await page.locator('[data-testid="parking-table"] tbody tr').nth(3).click();
    await page.waitForFunction(() => location.hash.includes('sel=communities'), undefined, { timeout: 10_000 });
    const id = await page.evaluate(() => decodeURIComponent(location.hash).match(/sel=communities:([^&]+)/)![1]);
    // Flown to the map's middle, a community lay partly under the legend's 260 px (1400 × 900).
    await landedInClearView(page, demoBox('communities', id), 15);
    const after = await page.evaluate(() => (window as any).__atlas.map.map.getCenter().toArray());
    expect(after).not.toEqual(before);
    await session.close();
  });

  it('compares two scenarios side by side (方案比选): district vs cross', async () => {
    const session = await openApp('#analysis=parking&mode=district&compare=1&b_mode=cross');
    const { page } = session;
    const table = page.getByTestId('compare-table');
    await table.waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="compare-table"] tbody tr td:nth-child(3)')?.textContent?.includes('…'), undefined, { timeout: 60_000 });
    const cells = await page.locator('[data-testid="compare-table"] tbody tr').first().locator('td').allTextContents();
    const [a, b, delta] = cells.slice(1).map((text) => Number(text.replace(/[^\d.-]/g, '')));
    expect(b).toBeGreaterThan(a);
    expect(delta).toBe(b - a);
    await session.close();
  });
});

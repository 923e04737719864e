/**
 * Services in the app (issue 5): #analysis=services&type=elderly_care shows covered and
 * uncovered communities, the proposed sites and the compliance matrix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runServices } from '../../src/analysis/services';
import { loadDataDir } from '../../src/cli/data-dir';
import { openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

describe('services panel', () => {
  it('shows covered and uncovered communities, proposed sites and the solver status', async () => {
    const expected = await runServices(loadDataDir('data/demo'), { type: 'elderly_care' });
    if (!expected.ok) throw new Error(expected.error.message);
    const session = await openApp('#analysis=services&type=elderly_care');
    const { page } = session;
    await page.getByTestId('services-covered').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('services-covered').textContent()).resolves.toBe(String(expected.value.totals.covered));
    await expect(page.getByTestId('services-covered-after').textContent()).resolves.toBe(String(expected.value.totals.covered + expected.value.totals.newlyCovered));
    // The radius and least site area used, with the type's standards (the form can only say "0 = by type").
    const standards = await page.getByTestId('services-standards').textContent();
    expect(standards).toContain(`服务半径 ${expected.value.params.radiusM} m`);
    expect(standards).toContain(`≥${expected.value.params.minAreaM2} ㎡`);
    expect(standards).toMatch(/依据：.*GB 50180-2018.*完整居住社区建设标准/);
    await expect(page.getByTestId('services-solver').textContent()).resolves.toContain('最优解');
    const siteRows = await page.locator('[data-testid="services-sites"] tbody tr').count();
    expect(siteRows).toBe(expected.value.sites.length);
    await settle(page);
    const drawn = await page.evaluate(() => Object.fromEntries((window as any).__atlas.map.deckLayerSummary().map((l: any) => [l.id, l.items])));
    expect(drawn['services-communities']).toBe(expected.value.communities.length);
    expect(drawn['services-sites']).toBe(expected.value.sites.length);
    await page.getByTestId('compliance-matrix').waitFor();
    expect(await page.locator('[data-testid="compliance-matrix"] tbody tr').count()).toBe(expected.value.communities.length);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('straight line → walking network: the circles give way to the reachable roads, with no deck.gl error', async () => {
    const session = await openApp('#analysis=services&type=elderly_care&dashboard=0');
    const { page } = session;
    await page.getByTestId('services-covered').waitFor({ timeout: 60_000 });
    await settle(page);
    const catchments = () => page.evaluate(() => (window as any).__atlas.map.deckLayerSummary().filter((l: any) => l.id.startsWith('services-catchment')).map((l: any) => l.id));
    expect(await catchments()).toEqual(['services-catchments']);
    // Zoomed out past where a 300 m circle is 10 px in radius (circlesMinZoom: 11.1 at the demo's
    // latitude) the circles are left out, and the legend's entry with them; back in, both return.
    const keyEntry = () => page.getByTestId('map-legend').getByText('服务半径（直线）').count();
    expect(await keyEntry()).toBe(1);
    const zoomTo = (zoom: number) => page.evaluate((target) => (window as any).__atlas.map.map.jumpTo({ zoom: target }), zoom);
    await zoomTo(10.8);
    await expect.poll(catchments).toEqual([]);
    await expect.poll(keyEntry).toBe(0);
    await zoomTo(11.4);
    await expect.poll(catchments).toEqual(['services-catchments']);
    await expect.poll(keyEntry).toBe(1);
    await page.getByLabel('距离计算').selectOption('network');
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toContain('distance=network');
    // The walking network's catchment comes back from the worker and is drawn.
    await expect.poll(async () => { await settle(page); return page.getByTestId('services-standards').textContent(); }, { timeout: 60_000 }).toContain('步行网络距离');
    await settle(page);
    // The same layer id for a ScatterplotLayer and then a PathLayer made deck.gl hand the circles'
    // state to the paths: "update of PathLayer({id: 'services-catchments'}): Cannot read
    // properties of undefined (reading 'updateGeometry')", and the circles stayed on the map.
    expect(session.consoleErrors).toEqual([]);
    expect(await catchments()).toEqual(['services-catchment-roads']);
    await session.close();
  });
});

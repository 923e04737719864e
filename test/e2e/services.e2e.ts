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
});

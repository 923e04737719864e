/**
 * The funding chart with more districts than it draws: 400 generated communities in 30 districts,
 * imported with their districts. The chart draws the 15 districts with the most money, and its
 * caption says what the other 15 add up to; no bar stands for them (at province scale the
 * sum of 887 districts dwarfed the 15 drawn, which then looked empty).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDashboard } from '../../src/analysis/status';
import { loadDataDir } from '../../src/cli/data-dir';
import { FUNDING_SOURCES } from '../../src/model/codes';
import { formatMoneyWan, formatShare } from '../../src/i18n/format';
import { openApp } from './harness';
import { withGeneratedDemo } from './generated-demo';

const demoDir = withGeneratedDemo(400, 'atlas-funding-rest-');

describe('the funding chart at scale', () => {
  it('draws the 15 districts with the most money and says the rest in words', async () => {
    // What the engine says each district has, largest first.
    const layers = loadDataDir(demoDir());
    const dashboard = runDashboard(layers);
    if (!dashboard.ok) throw new Error(dashboard.error.message);
    const rows = dashboard.value.fundingByDistrict
      .map((row) => ({ name: row.name ?? String(row.districtId), wan: FUNDING_SOURCES.reduce((sum, source) => sum + row.bySource[source], 0) }));
    expect(rows.length).toBeGreaterThan(15);
    const ranked = [...rows].sort((a, b) => b.wan - a.wan);
    const all = ranked.reduce((sum, row) => sum + row.wan, 0);
    const restWan = ranked.slice(15).reduce((sum, row) => sum + row.wan, 0);

    // On a projector (1280 × 720), where the dashboard's row is tightest (dashboard-fit.e2e).
    const session = await openApp('#analysis=parking', { width: 1280, height: 720 });
    const { page } = session;
    await page.getByTestId('chart-funding').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('chart-funding-rest').count()).toBe(0);
    await page.getByTestId('import-input').setInputFiles(['communities.geojson', 'districts.geojson'].map((name) => join(demoDir(), name)));
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])', { timeout: 120_000 });
    await page.getByTestId('import-mode-keep').check();
    await page.getByTestId('import-apply').click();

    const note = page.getByTestId('chart-funding-rest');
    await note.waitFor({ timeout: 120_000 });
    expect(await note.textContent()).toBe(`另 ${rows.length - 15} 个片区合计 ${formatMoneyWan(restWan)}（占 ${formatShare(restWan / all)}）`);
    expect(await page.locator('figure:has([data-testid="chart-funding"]) figcaption').textContent()).toBe(`资金最多的 15 个片区（万元）${await note.textContent()}`);
    await page.waitForSelector('[data-testid="chart-funding"][data-drawn="true"]');
    // The note keeps to one line and the chart stays whole inside the dashboard's row.
    const layout = await page.evaluate(() => {
      const box = (id: string) => document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
      return { row: document.querySelector('.dashboard-charts')!.getBoundingClientRect().bottom, chart: box('chart-funding'), note: box('chart-funding-rest') };
    });
    expect(layout.note.height).toBeLessThan(20);
    expect(layout.chart.bottom).toBeLessThanOrEqual(layout.row + 0.5);
    expect(layout.chart.height).toBeGreaterThanOrEqual(150);
    // The chart's description names each bar (资金最多的 15 个片区（万元）。中央补助：甲片区 120、乙片区 98…；…):
    // the 15 largest, largest first (ties in file order, as the sort above), and no bar for the rest.
    const description = (await page.getByTestId('chart-funding').getAttribute('aria-label'))!;
    const firstSeries = description.split('；')[0];
    const bars = firstSeries.slice(firstSeries.indexOf('：') + 1).split('、').map((entry) => entry.slice(0, entry.indexOf(' ')));
    expect(bars).toEqual(ranked.slice(0, 15).map((row) => row.name));
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 240_000);
});
